package social.woolly.core.timeline;

import social.woolly.core.api.ApiCall;
import social.woolly.core.api.ApiException;
import social.woolly.core.model.Marker;

/** A markers call whose "this server has no markers" answer is a value, not a failure. */
final class MarkerCall implements ApiCall<ReadPosition.Answer> {
    private final ApiCall<Marker.Markers> call;

    MarkerCall(ApiCall<Marker.Markers> call) {
        this.call = call;
    }

    @Override
    public ReadPosition.Answer execute() throws ApiException {
        try {
            Marker home = call.execute().home();
            return new ReadPosition.Answer(
                    true, home == null || home.lastReadId().isEmpty() ? null : home.lastReadId());
        } catch (ApiException.NotFound e) {
            return new ReadPosition.Answer(false, null);
        } catch (ApiException.Rejected e) {
            if (e.status() == 405) {
                return new ReadPosition.Answer(false, null);
            }
            throw e;
        } catch (ApiException.ServerTrouble e) {
            if (e.status() == 501) {
                return new ReadPosition.Answer(false, null);
            }
            throw e;
        }
    }

    @Override
    public void cancel() {
        call.cancel();
    }

    @Override
    public boolean isCancelled() {
        return call.isCancelled();
    }
}
