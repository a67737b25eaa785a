package social.woolly.core.model;

/**
 * A media upload as the server reports it.
 *
 * @param processing {@code true} while the server still converts the file (HTTP 202 on upload,
 *     206 on fetch): its {@code url} is then {@code null}; fetch it again later by id
 */
public record UploadedMedia(MediaAttachment attachment, boolean processing) {}
