package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.outbox.ChangeJournal;
import dev.hoodadmin.outbox.JournalEntry;
import dev.hoodadmin.outbox.JournalFilter;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.edits.FieldNames;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.time.ZoneId;

/** The detail pane's History section: the selected property's last changes, newest first. */
final class PropertyHistory extends VBox {
    static final String LIST_ID = "detailHistory";
    private static final int SHOWN = 20;

    private final ChangeJournal journal;
    private final BackgroundTasks tasks;
    private final ListView<String> list = new ListView<>();
    private final ObservableValue<ProfileProperty> row;

    /** @param changed fires when edits land (reload then) */
    PropertyHistory(ChangeJournal journal, BackgroundTasks tasks, ObservableValue<ProfileProperty> row,
                    ObservableValue<?> changed) {
        this.journal = journal;
        this.tasks = tasks;
        this.row = row;
        Label title = new Label(Texts.get("detail.history.title"));
        title.getStyleClass().add("detail-section-title");
        list.setId(LIST_ID);
        title.setLabelFor(list); // a screen reader names the list by its title
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(Texts.get("detail.history.empty")));
        setSpacing(4);
        getChildren().addAll(title, list);
        row.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) reload();
        });
        changed.addListener((obs, old, now) -> reload());
    }

    private void reload() {
        ProfileProperty shown = row.getValue();
        if (shown == null) {
            list.getItems().clear();
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        tasks.call(() -> journal.find(JournalFilter.all().property(shown.id())).stream().limit(SHOWN)
                .map(entry -> line(entry, zone)).toList()).onSuccess(lines -> {
            ProfileProperty now = row.getValue();
            if (now != null && now.id().equals(shown.id())) list.getItems().setAll(lines);
        }).start();
    }

    private static String line(JournalEntry entry, ZoneId zone) {
        return Texts.get("detail.history.line", Texts.dateTime(entry.appliedAt().atZone(zone)),
                FieldNames.of(entry.field()), entry.before() == null ? "" : entry.before(),
                entry.after() == null ? "" : entry.after(), entry.sourceLabel());
    }
}
