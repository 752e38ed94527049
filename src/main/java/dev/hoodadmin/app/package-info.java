/**
 * The window's composition root: the only place its objects are built and wired.
 * <ul>
 *   <li>{@link dev.hoodadmin.app.HoodAdminApp} starts and stops the JavaFX application and builds what lives as
 *       long as it: {@link dev.hoodadmin.app.AppServices} (data folder, log, background pool and
 *       {@code BackgroundTasks}, keychain, accounts), the theme and the Help actions.</li>
 *   <li>{@link dev.hoodadmin.app.WindowFlow} decides which account is shown (live, demo, or the sign-in screen)
 *       and opens it through {@link dev.hoodadmin.engine.AccountWorkspace}, off the JavaFX thread.</li>
 *   <li>{@link dev.hoodadmin.app.AccountWindow} builds one account's window: the main view model on the
 *       account's {@code PropertySync}, the window, editing (on the account's outbox, worker and budget) and
 *       the quit guard.</li>
 * </ul>
 * The command line's counterpart is {@code cli.CommandAccount}, which opens the account a command works on.
 */
package dev.hoodadmin.app;
