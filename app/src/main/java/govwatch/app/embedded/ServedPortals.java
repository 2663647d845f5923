package govwatch.app.embedded;

import govwatch.crawler.seed.PortalSeed;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the local folders that seed files ask for ({@code serve:}) at the loopback host and port of their
 * start URLs, so a demo or offline portal is crawled over real HTTP exactly like a remote one.
 */
public final class ServedPortals implements AutoCloseable {

    private final List<StaticSiteServer> servers = new ArrayList<>();

    public static ServedPortals start(List<PortalSeed> seeds) throws IOException {
        ServedPortals sites = new ServedPortals();
        try {
            for (PortalSeed seed : seeds) {
                if (seed.serveDir() != null) {
                    URI start = URI.create(seed.startUrls().get(0));
                    if (!"127.0.0.1".equals(start.getHost()) && !"localhost".equals(start.getHost())) {
                        throw new IOException("portal " + seed.id() + " asks to serve " + seed.serveDir()
                                + " but its start URL " + start + " is not on loopback");
                    }
                    int port = start.getPort() < 0 ? 80 : start.getPort();
                    try {
                        sites.servers.add(StaticSiteServer.start(seed.serveDir(), port));
                    } catch (java.net.BindException e) {
                        throw new IOException("cannot serve portal " + seed.id() + " on port " + port
                                + ": the port is in use (is another govwatch demo running?)", e);
                    }
                }
            }
        } catch (IOException e) {
            sites.close();
            throw e;
        }
        return sites;
    }

    @Override
    public void close() {
        servers.forEach(StaticSiteServer::close);
    }
}
