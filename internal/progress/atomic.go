package progress

import (
	"fmt"
	"os"
	"path/filepath"
)

// writeAtomic replaces the progress file with data so that, whatever
// happens, the file on disk is either the old one or the new one in full:
// it writes a temporary file in the same directory, syncs it, renames it
// over the old file and syncs the directory. On failure the temporary file
// is removed and the old file is left as it was.
func (s *Store) writeAtomic(data []byte) (err error) {
	dir := filepath.Dir(s.path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(s.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("progress: save %s: %w", s.path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("progress: save %s: %w", s.path, err)
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if err = s.fail("write"); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = s.fail("rename"); err != nil {
		return err
	}
	if err = os.Rename(tmp, s.path); err != nil {
		return err
	}
	return syncDir(dir)
}

// fail consults the test failpoint for step.
func (s *Store) fail(step string) error {
	if s.failpoint == nil {
		return nil
	}
	return s.failpoint(step)
}
