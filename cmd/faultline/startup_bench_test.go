package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// The start-up benchmarks run whole processes, the way a user meets
// faultline, against two floors built from testdata/startup: a Go program
// that prints one line, and a minimal Bubble Tea v2 program. Runs of the
// program and its floor alternate, so a busy machine slows both alike, and
// each benchmark reports the ratio as x-floor:
//
//	go test -bench Startup -run '^$' -count 5 ./cmd/faultline
//
// Tracked figures: nines within 2.5× hello (aim 1.5×), the course's first
// frame within 1.3× minimaltea. A third floor, built from a generated
// program that links faultline's libraries and nothing else, says how much
// of nines' time is theirs.

var (
	startupOnce sync.Once
	startupDir  string
	startupErr  error
)

// startupBinaries builds faultline and the floors once per test binary.
func startupBinaries(b *testing.B) (faultline, hello, minimaltea string) {
	b.Helper()
	startupOnce.Do(func() {
		startupDir, startupErr = os.MkdirTemp("", "faultline-startup")
		if startupErr != nil {
			return
		}
		var overlay string
		if overlay, startupErr = librariesOverlay(startupDir); startupErr != nil {
			return
		}
		for name, pkg := range map[string]string{
			"faultline":  ".",
			"hello":      "./testdata/startup/hello",
			"minimaltea": "./testdata/startup/minimaltea",
			"libraries":  librariesPkg,
		} {
			out, err := exec.Command("go", "build", "-overlay", overlay, "-o", filepath.Join(startupDir, name), pkg).CombinedOutput()
			if err != nil {
				startupErr = &buildError{pkg, out, err}
				return
			}
		}
	})
	if startupErr != nil {
		b.Fatal(startupErr)
	}
	return filepath.Join(startupDir, "faultline"), filepath.Join(startupDir, "hello"), filepath.Join(startupDir, "minimaltea")
}

type buildError struct {
	pkg string
	out []byte
	err error
}

func (e *buildError) Error() string {
	return "go build " + e.pkg + ": " + e.err.Error() + "\n" + string(e.out)
}

// timeRun runs a command to completion and returns its wall time.
func timeRun(b *testing.B, name string, args ...string) time.Duration {
	b.Helper()
	cmd := exec.Command(name, args...)
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return time.Since(start)
}

// timeFirstFrame starts a full-screen program in a 100×30 pty and returns
// the time until its output contains marker, then stops it.
func timeFirstFrame(b *testing.B, marker []byte, name string, args ...string) time.Duration {
	b.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "FAULTLINE_STATE_DIR="+b.TempDir())
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		b.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = f.Close()
	}()
	var seen []byte
	buf := make([]byte, 64<<10)
	for {
		n, err := f.Read(buf)
		seen = append(seen, buf[:n]...)
		if bytes.Contains(seen, marker) {
			return time.Since(start)
		}
		if err != nil {
			b.Fatalf("%s: no %q in its output before %v:\n%q", name, marker, err, seen)
		}
	}
}

// reportRatio runs the program and its floor alternately b.N times each and
// reports the program's mean time, the floor's, and their ratio.
func reportRatio(b *testing.B, program, floor func() time.Duration) {
	var p, f time.Duration
	n := 0
	for b.Loop() {
		p += program()
		f += floor()
		n++
	}
	b.ReportMetric(float64(p.Microseconds())/float64(n)/1000, "ms/run")
	b.ReportMetric(float64(f.Microseconds())/float64(n)/1000, "floor-ms/run")
	b.ReportMetric(float64(p)/float64(f), "x-floor")
}

func BenchmarkStartupNines(b *testing.B) {
	faultline, hello, _ := startupBinaries(b)
	reportRatio(b,
		func() time.Duration { return timeRun(b, faultline, "nines", "99.9") },
		func() time.Duration { return timeRun(b, hello) })
}

// BenchmarkStartupLibraries measures the floor under the floor: a program
// that links every library faultline links, runs their package init and
// prints one line, against hello. It is a lower bound, not a reachable
// figure: the linker leaves out package-level map literals that nothing
// reads, and the program is a quarter of faultline's size, so the runtime
// has fewer type tables to set up. faultline nines cannot start faster
// than this without linking fewer libraries.
func BenchmarkStartupLibraries(b *testing.B) {
	startupBinaries(b)
	libraries, hello := filepath.Join(startupDir, "libraries"), filepath.Join(startupDir, "hello")
	reportRatio(b,
		func() time.Duration { return timeRun(b, libraries) },
		func() time.Duration { return timeRun(b, hello) })
}

func BenchmarkStartupFirstFrame(b *testing.B) {
	faultline, _, minimaltea := startupBinaries(b)
	reportRatio(b,
		func() time.Duration { return timeFirstFrame(b, []byte("Lessons"), faultline) },
		func() time.Duration { return timeFirstFrame(b, []byte("Lessons"), minimaltea) })
}

// librariesPkg is where the libraries floor is built from: a package that
// exists only in the build overlay, so that it always imports exactly what
// faultline links today.
const librariesPkg = "./testdata/startup/libraries"

// librariesOverlay writes, under dir, a main package that imports every
// library package faultline's command depends on (all but faultline's own,
// internal and vendored ones) and prints one line, and returns the path of
// a build overlay that places it at librariesPkg.
func librariesOverlay(dir string) (string, error) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		return "", fmt.Errorf("go list -deps: %w", err)
	}
	var src strings.Builder
	src.WriteString("// Command libraries links faultline's libraries and does nothing else.\npackage main\n\nimport (\n\t\"fmt\"\n")
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "faultline") || pkg == "C" || isInternal(pkg) {
			continue
		}
		fmt.Fprintf(&src, "\t_ %q\n", pkg)
	}
	src.WriteString(")\n\nfunc main() { fmt.Println(\"hello\") }\n")
	file := filepath.Join(dir, "libraries.go")
	if err := os.WriteFile(file, []byte(src.String()), 0o644); err != nil {
		return "", err
	}
	target, err := filepath.Abs(filepath.Join(librariesPkg, "main.go"))
	if err != nil {
		return "", err
	}
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {target: file}})
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "overlay.json")
	return path, os.WriteFile(path, overlay, 0o644)
}

// isInternal reports whether pkg may not be imported from outside its tree.
func isInternal(pkg string) bool {
	for _, elem := range strings.Split(pkg, "/") {
		if elem == "internal" || elem == "vendor" {
			return true
		}
	}
	return strings.HasPrefix(pkg, "vendor/")
}
