/**
 * An embedded simulator of the Hood profile-properties API (see the contract in
 * {@code shared/api/hood-profile-properties.md}), written independently of the app's client.
 *
 * <p>Public surface: {@link dev.hoodadmin.sim.HoodSimulator}, {@link dev.hoodadmin.sim.SimulatorConfig},
 * {@link dev.hoodadmin.sim.SimulatorFaults}, {@link dev.hoodadmin.sim.SimulatorStats} and the
 * {@code sim} command {@link dev.hoodadmin.sim.SimulatorCommand}. Everything else is package-private.
 *
 * <p>Where the contract is silent, the simulator chooses:
 * <ul>
 *   <li>Ranges follow the published Hood overview: {@code r} excludes both ends, {@code rf} includes
 *       both, {@code rl} includes the start only, {@code rr} the end only.</li>
 *   <li>Null or missing values never equal anything: {@code neq}/{@code nin} match them, the other
 *       value operators do not. Numbers compare numerically when both sides are numeric; a date-only
 *       operand on create_time/update_time compares with the date part only.</li>
 *   <li>Sorting puts nulls last in both directions and breaks ties by id.</li>
 *   <li>PATCH: 404 before system check before body checks; null clears a text field; flags take 0 or 1;
 *       lengths count code points; unknown fields are rejected.</li>
 *   <li>X-RateLimit-* describe the window with the fewest requests left (tie: the one resetting later);
 *       Reset and Retry-After are whole seconds rounded up. 401 answers are neither limited nor counted.</li>
 *   <li>Header names come back in the JDK server's spelling ({@code X-ratelimit-limit}); HTTP header
 *       names are case-insensitive, so clients must not depend on the case.</li>
 * </ul>
 */
package dev.hoodadmin.sim;
