package dev.hoodadmin.api;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. Past the cap it stops reading (the connection is dropped) and
 * completes with what it has, marked cut off: 10 MB of garbage costs no more memory than the cap.
 * {@link #abort()} stops reading a body that is still arriving, e.g. when the deadline passed.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<ResponseBody> {
    private final int maxBytes;
    private final CompletableFuture<ResponseBody> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean aborted;

    CappedBodySubscriber(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<ResponseBody> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (aborted) newSubscription.cancel();
        else newSubscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int room = maxBytes - bytes.size();
            int take = Math.min(room, buffer.remaining());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
            if (buffer.hasRemaining()) {
                subscription.cancel();
                result.complete(new ResponseBody(bytes.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new ResponseBody(bytes.toByteArray(), false));
    }

    void abort() {
        aborted = true;
        Flow.Subscription current = subscription;
        if (current != null) current.cancel();
        result.completeExceptionally(new CancellationException("aborted"));
    }
}
