package org.ogiaudit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The operating system's reason for a failed read or write, in words: Java's exceptions for these carry only a path
 * ("AccessDeniedException: /srv/site"), which names a file but not what went wrong. When the path that failed is not
 * the one the user gave (a folder above it, a temporary file beside it), the reason names it.
 */
final class IoReason {
    private IoReason() { }

    static String of(IOException e) {
        return of(e, null);
    }

    static String of(IOException e, Path target) {
        String reason = reason(e);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path failed = Path.of(f.getFile());
            boolean hidden = failed.getFileName() != null && failed.getFileName().toString().startsWith(".");
            if (target != null && !failed.toAbsolutePath().equals(target.toAbsolutePath()) && !hidden) {
                return failed + ": " + reason;
            }
        }
        return reason;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() != null && Files.isRegularFile(Path.of(f.getFile())) ? "is a file, not a folder"
                    : "a file of that name already exists";
        }
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
