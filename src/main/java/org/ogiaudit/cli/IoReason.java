package org.ogiaudit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.ogiaudit.model.Lang;
import org.ogiaudit.render.SiteFolder;

/**
 * The operating system's reason for a failed read or write, in words: Java's exceptions for these carry only a path
 * ("AccessDeniedException: /srv/site"), which names a file but not what went wrong. When the path that failed is not
 * the one the user gave (a folder above it, a temporary file beside it), the reason names it. Said in the user's language,
 * as is why an output folder is refused.
 */
final class IoReason {
    private IoReason() { }

    static String of(IOException e, Lang.Messages m) {
        return of(e, null, m);
    }

    static String of(IOException e, Path target, Lang.Messages m) {
        if (e instanceof SiteFolder.RefusedException r) {
            return m.get(switch (r.refusal()) {
                case NOT_A_FOLDER -> "folder.notAFolder";
                case NOT_EMPTY -> "folder.notEmpty";
                case NOT_OURS -> "folder.notOurs";
            }, r.target());
        }
        String reason = reason(e, m);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path failed = Path.of(f.getFile());
            boolean hidden = failed.getFileName() != null && failed.getFileName().toString().startsWith(".");
            if (target != null && !failed.toAbsolutePath().equals(target.toAbsolutePath()) && !hidden) {
                return failed + ": " + reason;
            }
        }
        return reason;
    }

    private static String reason(IOException e, Lang.Messages m) {
        if (e instanceof AccessDeniedException) return m.get("io.denied");
        if (e instanceof NoSuchFileException) return m.get("io.noSuch");
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() != null && Files.isRegularFile(Path.of(f.getFile())) ? m.get("io.isFile") : m.get("io.exists");
        }
        if (e instanceof NotDirectoryException) return m.get("io.notFolder");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
