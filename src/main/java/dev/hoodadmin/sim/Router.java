package dev.hoodadmin.sim;

/** Sends a request to the endpoint its path names; unknown paths get 404, wrong methods 405. */
final class Router {
    static final String COLLECTION = "/v1/hood/profile-properties";

    private final ListPropertiesEndpoint list;
    private final PatchPropertyEndpoint patch;
    private final CreatePropertyEndpoint create;

    Router(ListPropertiesEndpoint list, PatchPropertyEndpoint patch, CreatePropertyEndpoint create) {
        this.list = list;
        this.patch = patch;
        this.create = create;
    }

    SimResponse dispatch(SimRequest request) {
        String path = request.path().endsWith("/") && request.path().length() > 1
                ? request.path().substring(0, request.path().length() - 1)
                : request.path();
        if (path.equals(COLLECTION)) {
            if (request.method().equals("POST")) return create.handle(request);
            requireMethod(request, "GET", "POST");
            return list.handle(request);
        }
        if (path.startsWith(COLLECTION + "/")) {
            String id = path.substring(COLLECTION.length() + 1);
            if (!id.contains("/")) {
                requireMethod(request, "PATCH");
                return patch.handle(id, request);
            }
        }
        throw ApiException.notFound("No such endpoint: " + request.method() + " " + request.path() + ".");
    }

    private static void requireMethod(SimRequest request, String... allowed) {
        if (!java.util.List.of(allowed).contains(request.method())) {
            throw ApiException.methodNotAllowed(request.method(), String.join(", ", allowed));
        }
    }
}
