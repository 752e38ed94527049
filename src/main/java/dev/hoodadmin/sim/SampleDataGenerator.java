package dev.hoodadmin.sim;

import dev.hoodadmin.sim.SampleVocabulary.Curated;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a deterministic set of profile properties for a seed: the curated rows first (they include
 * every awkward case a client must survive), then made-up ones named prefix_noun_id until the count
 * is reached. About 20 % are system properties.
 */
final class SampleDataGenerator {
    static final long FIRST_ID = 1_000_100L;
    static final String COMPANY_ID = "1000001";

    private static final long EPOCH_2021 = LocalDateTime.of(2021, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final int THREE_YEARS = 3 * 365 * 24 * 3600;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final Random random;
    // Generated descriptions repeat often; sharing one String per distinct text keeps 100k rows small.
    private final Map<String, String> descriptions = new HashMap<>();

    SampleDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<PropertyRow> generate(int count) {
        List<PropertyRow> rows = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            String id = Long.toString(FIRST_ID + index);
            PropertyRow.Builder row = index < SampleVocabulary.CURATED.size()
                    ? curated(id, SampleVocabulary.CURATED.get(index))
                    : madeUp(id);
            rows.add(row.build());
        }
        return rows;
    }

    private PropertyRow.Builder curated(String id, Curated source) {
        PropertyRow.Builder row = common(id, source.target(), source.label(), source.dataType(), source.example(),
                source.description())
                .set(PropertyField.SYSTEM, flag(source.system()))
                .set(PropertyField.PI_DATA, flag(source.piData()))
                .set(PropertyField.EXPORT_ALIAS, source.target())
                .set(PropertyField.IMPORT_ALIASES, List.of(source.target().replace('_', ' ')));
        return withQuirks(source.target(), row);
    }

    /** The structural oddities the contract warns about, each on exactly one curated row. */
    private static PropertyRow.Builder withQuirks(String target, PropertyRow.Builder row) {
        switch (target) {
            case "last_purchase_at":
                return row.labelAsProperty();
            case "coupon_code":
                return row.set(PropertyField.EXAMPLE, null).set(PropertyField.DESCRIPTION, null)
                        .set(PropertyField.EXPORT_ALIAS, null).set(PropertyField.UPDATE_TIME, null);
            case "referral_source":
                return row.omit(PropertyField.IMPORT_ALIASES).omit(PropertyField.EXAMPLE)
                        .omit(PropertyField.EXPORT_ALIAS);
            case "city_aliases":
                return row.set(PropertyField.IMPORT_ALIASES, List.of("town", "city", "town"));
            default:
                return row;
        }
    }

    private PropertyRow.Builder madeUp(String id) {
        String prefix = pick(SampleVocabulary.PREFIXES);
        String noun = pick(SampleVocabulary.NOUNS);
        String target = prefix + "_" + noun + "_" + id;
        String dataType = dataType();
        String description = descriptions.computeIfAbsent(
                pick(SampleVocabulary.DESCRIPTION_TEMPLATES).replace("%s", (prefix + " " + noun).replace('_', ' ')),
                text -> text);
        PropertyRow.Builder row = common(id, target, titleCase(prefix + "_" + noun) + " " + id, dataType,
                example(dataType), description)
                .set(PropertyField.SYSTEM, flag(random.nextInt(100) < 20))
                .set(PropertyField.PI_DATA, flag(random.nextInt(100) < 10))
                .set(PropertyField.EXPORT_ALIAS, random.nextInt(100) < 70 ? target : null);
        int aliases = random.nextInt(10);
        if (aliases == 0) {
            row.omit(PropertyField.IMPORT_ALIASES);
        } else {
            row.set(PropertyField.IMPORT_ALIASES, aliases < 3 ? List.of() : List.of(prefix + noun, noun));
        }
        return row;
    }

    private PropertyRow.Builder common(String id, String target, String label, String dataType, String example,
                                       String description) {
        long created = EPOCH_2021 + random.nextInt(THREE_YEARS);
        long updated = created + random.nextInt(ONE_YEAR);
        return PropertyRow.builder(id)
                .set(PropertyField.COMPANY_ID, COMPANY_ID)
                .set(PropertyField.TARGET, target)
                .set(PropertyField.LABEL, label)
                .set(PropertyField.DATA_TYPE, dataType)
                .set(PropertyField.EXAMPLE, example)
                .set(PropertyField.DESCRIPTION, description)
                .set(PropertyField.IMPORTABLE, flag(random.nextInt(100) < 80))
                .set(PropertyField.EXPORTABLE, flag(random.nextInt(100) < 70))
                .set(PropertyField.CREATE_TIME, timestamp(created))
                .set(PropertyField.UPDATE_TIME, timestamp(updated));
    }

    private String dataType() {
        int dice = random.nextInt(100);
        if (dice < 55) {
            return "text";
        } else if (dice < 75) {
            return "number";
        } else if (dice < 90) {
            return "date";
        } else if (dice < 99) {
            return "boolean";
        }
        return "json"; // a type the client does not know: it must treat it as text
    }

    private String example(String dataType) {
        switch (dataType) {
            case "number":
                return Integer.toString(random.nextInt(10_000));
            case "date":
                return LocalDateTime.ofEpochSecond(EPOCH_2021 + random.nextInt(THREE_YEARS), 0, ZoneOffset.UTC)
                        .toLocalDate().toString();
            case "boolean":
                return random.nextBoolean() ? "true" : "false";
            case "json":
                return "{\"k\":1}";
            default:
                return pick(SampleVocabulary.TEXT_EXAMPLES);
        }
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static Integer flag(boolean on) {
        return on ? 1 : 0;
    }

    static String timestamp(long epochSecond) {
        return timestamp(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }

    /** yyyy-MM-dd HH:mm:ss, written by hand: DateTimeFormatter is the slowest part of making 100k rows. */
    static String timestamp(LocalDateTime time) {
        char[] text = new char[19];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        return new String(text);
    }

    private static void digits(char[] text, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static String titleCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        for (String word : snake.split("_")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return out.toString();
    }
}
