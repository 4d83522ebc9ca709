package layout

import (
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// module is the module path every package's import path starts with.
const module = "faultline"

// root is the repository root, two levels up from this package.
var root = filepath.Join("..", "..")

// pkg is one package of the repository: its path below the root and
// what its non-test files import.
type pkg struct {
	dir     string
	imports []string
}

// packages lists the repository's packages (testdata and hidden
// directories skipped).
func packages(t *testing.T) []pkg {
	t.Helper()
	var out []pkg
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		p, err := build.ImportDir(path, 0)
		if err != nil {
			return nil // no Go files here
		}
		rel, _ := filepath.Rel(root, path)
		out = append(out, pkg{dir: filepath.ToSlash(rel), imports: p.Imports})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("found only %d packages under %s", len(out), root)
	}
	return out
}

// uiImport reports whether path is a terminal or UI package.
func uiImport(path string) bool {
	for _, p := range []string{"charm.land/", "github.com/charmbracelet/"} {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// TestPurePackagesDrawNothing: outside tui/ and cmd/ no package imports a
// terminal or UI package, but for the listed exceptions.
func TestPurePackagesDrawNothing(t *testing.T) {
	allowed := map[string]bool{
		"internal/classroom/sshserver": true, // a face, like cmd/: serves the student screen
		"internal/termtext":            true, // finds escape sequences with x/ansi's parser
	}
	for _, p := range packages(t) {
		if strings.HasPrefix(p.dir, "tui/") || strings.HasPrefix(p.dir, "cmd/") || allowed[p.dir] {
			continue
		}
		for _, imp := range p.imports {
			if uiImport(imp) || strings.HasPrefix(imp, module+"/tui/") {
				t.Errorf("%s imports %s: pure packages draw nothing (move the drawing to tui/)", p.dir, imp)
			}
		}
	}
}

// TestScreensDoNotImportScreens: a screen package imports no other
// screen; only the routers do.
func TestScreensDoNotImportScreens(t *testing.T) {
	shared := func(dir string) bool { // what every screen may use
		return dir == "tui/common" || dir == "tui/theme" || dir == "tui/live" ||
			strings.HasPrefix(dir, "tui/components/") || strings.HasPrefix(dir, "tui/internal/")
	}
	routers := []string{"tui/app", "tui/accessible", "tui/live"}
	for _, p := range packages(t) {
		if !strings.HasPrefix(p.dir, "tui/") || shared(p.dir) && p.dir != "tui/live" || slices.Contains(routers, p.dir) {
			continue
		}
		for _, imp := range p.imports {
			dir, ok := strings.CutPrefix(imp, module+"/")
			if ok && strings.HasPrefix(dir, "tui/") && !shared(dir) {
				t.Errorf("screen %s imports screen %s: screens talk through messages (tui/common)", p.dir, dir)
			}
		}
	}
}

// TestLayoutTableNamesEveryPackage: DEVELOPERS.md's layout table names
// every package, either as a row or, under tui/, in the tui row.
func TestLayoutTableNamesEveryPackage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, "DEVELOPERS.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	start := strings.Index(doc, "## Layout")
	if start < 0 {
		t.Fatal("DEVELOPERS.md has no Layout section")
	}
	table := doc[start:]
	if end := strings.Index(table[len("## Layout"):], "\n## "); end >= 0 {
		table = table[:len("## Layout")+end]
	}
	for _, p := range packages(t) {
		if strings.Contains(table, "`"+p.dir+"/`") {
			continue
		}
		if sub, ok := strings.CutPrefix(p.dir, "tui/components/"); ok && strings.Contains(table, "`"+sub+"`") {
			continue
		}
		if sub, ok := strings.CutPrefix(p.dir, "internal/lecture/"); ok && strings.Contains(table, "`internal/lecture/"+sub+"`") {
			continue
		}
		t.Errorf("DEVELOPERS.md's layout table does not name %s", p.dir)
	}
}
