// Package statedir owns faultline's state directory: where it is (the XDG
// state directory, or FAULTLINE_STATE_DIR; the runtime directory for the
// lecture's notes socket), and how files in it are read and written.
//
// Every file faultline keeps there (progress, the classroom host key, the
// classroom log, the notes socket) goes through this package, so each gets
// the same care:
//
//   - files are created with mode 0600 in a directory made with mode 0700;
//   - a file is replaced atomically: a temporary file in the same directory
//     is written and synced, renamed over the old one, and the directory
//     is synced, so a crash leaves the old file or the new one, never half;
//   - writers take an exclusive lock (flock) on a sibling lock file;
//   - nothing follows a symbolic link inside the directory: state files and
//     lock files are opened with O_NOFOLLOW, so a planted link such as
//     progress.json.lock → ~/.bashrc is refused with a clear error instead
//     of creating or changing its target;
//   - what is read is capped in size, so a huge file cannot stall the start
//     or exhaust memory.
//
// The directory itself may be a symbolic link (a home on another disk).
package statedir
