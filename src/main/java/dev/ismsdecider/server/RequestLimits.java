package dev.ismsdecider.server;

import dev.ismsdecider.clauses.documents.DocumentLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The limits of one request beyond the body size ({@code decider.*} in {@code application.properties},
 * documented in docs/api.md): each is one setting, honoured wherever it applies, and refused with a
 * problem type of its own. The command line applies the same defaults ({@link DocumentLimits#DEFAULT}).
 *
 * @param maxUploadSize     largest uploaded document ({@code multipart/form-data}), the part and the whole request
 * @param maxFileNameLength longest file name of an upload, in characters
 * @param maxClauses        clauses checked in one request, sent as JSON or read from a document
 * @param requestTimeBudget time the reading of one uploaded document may take
 */
@ConfigurationProperties("decider")
public record RequestLimits(@DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("255") int maxFileNameLength,
                            @DefaultValue("10000") int maxClauses, @DefaultValue("10s") Duration requestTimeBudget) {

    /** Room in a multipart request for the parts beside the document (party, partyKind) and the boundaries. */
    public static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** The document limits the server reads with: the core's defaults, with these settings in force. */
    public DocumentLimits documentLimits() {
        return DocumentLimits.DEFAULT.withMaxBytes(maxUploadSize.toBytes()).withWork(maxClauses, requestTimeBudget);
    }

    /** The largest multipart request: the document and a little room for the other parts. */
    public long maxMultipartRequestBytes() {
        return maxUploadSize.toBytes() + MULTIPART_OVERHEAD;
    }
}
