package statedir

import (
	"io"
	"os"
)

// ReadFile reads the state file at path, refusing a symbolic link, a file
// that is not a regular file, and a file of more than limit bytes (a
// *TooLargeError, checked before anything is read). A missing file is an
// error satisfying errors.Is(err, fs.ErrNotExist).
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := openFile(path, os.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := checkRegular(path, fi); err != nil {
		return nil, err
	}
	if fi.Size() > limit {
		return nil, &TooLargeError{Path: path, Size: fi.Size(), Limit: limit}
	}
	// The file may grow while it is read: never take more than limit.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Path: path, Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}

// checkRegular refuses anything but a regular file.
func checkRegular(path string, fi os.FileInfo) error {
	if fi.Mode().IsRegular() {
		return nil
	}
	return &Error{Path: path, Problem: "is not a regular file", Err: ErrNotRegular,
		Advice: "faultline keeps only plain files in its state directory; move it away"}
}

// OpenAppend opens the file at path for appending (a log), creating it
// with mode 0600, and its directory with mode 0700, if needed. A symbolic
// link or anything but a regular file at path is refused.
func OpenAppend(path string) (*os.File, error) {
	if err := EnsureDir(dirOf(path)); err != nil {
		return nil, err
	}
	f, err := openFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err == nil {
		err = checkRegular(path, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
