package govwatch.events;

import java.time.Instant;

/**
 * A portal's trouble in one crawl pass, on {@link Topics#PORTAL_EVENTS} keyed by portal id: unreachable,
 * timing out, robots-blocked, a WAF challenge page. Errors are events for operators, never content alerts.
 *
 * @param portalId the seed portal
 * @param error    the last error of the pass, as the crawler reported it
 * @param at       when the pass ended
 */
public record PortalEvent(String portalId, String error, Instant at) {
}
