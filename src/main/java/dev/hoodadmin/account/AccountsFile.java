package dev.hoodadmin.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hoodadmin.files.OwnerOnly;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The small JSON file that lists accounts and the active one. Written to a temporary file first and
 * moved into place, so a crash never leaves half a file; readable by the owner only.
 */
final class AccountsFile {
    static final String NAME = "accounts.json";
    private static final int FORMAT = 1;

    record Content(List<Account> accounts, String activeId) {
        static final Content EMPTY = new Content(List.of(), null);

        Content {
            accounts = List.copyOf(accounts);
        }
    }

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    AccountsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    Content read() throws IOException {
        if (!Files.exists(file)) return Content.EMPTY;
        try {
            JsonNode root = mapper.readTree(file.toFile());
            List<Account> accounts = new ArrayList<>();
            for (JsonNode node : root.path("accounts")) {
                accounts.add(new Account(node.path("id").asText(), node.path("name").asText(), node.path("url").asText()));
            }
            JsonNode active = root.path("active");
            String activeId = active.isTextual() ? active.asText() : null;
            boolean activeKnown = accounts.stream().anyMatch(a -> a.id().equals(activeId));
            return new Content(accounts, activeKnown ? activeId : null);
        } catch (JsonProcessingException e) {
            throw new AccountsFileException(file, "not valid JSON", e);
        } catch (IllegalArgumentException e) {
            throw new AccountsFileException(file, e.getMessage(), e);
        }
    }

    void write(Content content) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("active", content.activeId());
        ArrayNode list = root.putArray("accounts");
        for (Account account : content.accounts()) {
            list.addObject().put("id", account.id()).put("name", account.displayName()).put("url", account.endpointUrl());
        }
        Path temp = file.resolveSibling(NAME + ".tmp");
        Files.deleteIfExists(temp);
        OwnerOnly.createFile(temp);
        Files.write(temp, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
