package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
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
// frame within 1.3× minimaltea.

var (
	startupOnce sync.Once
	startupDir  string
	startupErr  error
)

// startupBinaries builds faultline and both floors once per test binary.
func startupBinaries(b *testing.B) (faultline, hello, minimaltea string) {
	b.Helper()
	startupOnce.Do(func() {
		startupDir, startupErr = os.MkdirTemp("", "faultline-startup")
		if startupErr != nil {
			return
		}
		for name, pkg := range map[string]string{
			"faultline":  ".",
			"hello":      "./testdata/startup/hello",
			"minimaltea": "./testdata/startup/minimaltea",
		} {
			out, err := exec.Command("go", "build", "-o", filepath.Join(startupDir, name), pkg).CombinedOutput()
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

func BenchmarkStartupFirstFrame(b *testing.B) {
	faultline, _, minimaltea := startupBinaries(b)
	reportRatio(b,
		func() time.Duration { return timeFirstFrame(b, []byte("Lessons"), faultline) },
		func() time.Duration { return timeFirstFrame(b, []byte("Lessons"), minimaltea) })
}
