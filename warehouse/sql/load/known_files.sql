-- What the warehouse remembers of each input file, for the next run's unchanged check.
SELECT file_path, size, mtime_ns, content_sha256, status FROM files;
