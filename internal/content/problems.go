package content

import (
	"path/filepath"

	"faultline/internal/termtext"
	"faultline/lessons"
)

// problems collects the problems of a deck; err puts their file paths
// inside the deck's folder.
type problems struct {
	lessons.Problems
}

// err returns nil if nothing was recorded, or a *lessons.Error holding the
// problems sorted by file and line, each file path put under dir.
func (ps *problems) err(dir string) error {
	var out lessons.Problems
	for _, p := range ps.List() {
		out.Add(inDir(dir, p.File), p.Line, "%s", p.Message)
	}
	return out.Err()
}

// inDir puts a slash path of a deck under the deck's folder, as the
// instructor would type it, safe to print.
func inDir(dir, name string) string {
	if dir == "" {
		return name
	}
	return termtext.Clean(filepath.Join(dir, filepath.FromSlash(name)))
}
