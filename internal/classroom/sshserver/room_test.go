package sshserver

// The Room benchmarks measure issue #17's figures for a classroom of 200
// students on loopback: how long they take to join, how long a key of the
// presenter takes to reach the last student's screen, what the server
// burns while nothing changes and what each student costs in memory.
// Except for the latency (BenchmarkRoomKeyToLastScreen200, whose clients
// share the process so that arrival is timed without a pipe in between),
// the students are a fleet of SSH clients in a child process (this test
// binary run again, see TestMain), so that the CPU and the heap measured
// are the server's alone.
//
//	go test -bench Room -run '^$' ./internal/classroom/sshserver

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// roomStudents is the size of the room the figures are for.
const roomStudents = 200

// fleetEnv, when set in the environment, makes the test binary a fleet of
// students instead of running tests: "ADDR N CODE FOOTER" (FOOTER, with
// spaces as underscores, is what each student's bottom line shows once on
// the first slide).
const fleetEnv = "FAULTLINE_ROOM_FLEET"

func TestMain(m *testing.M) {
	if spec := os.Getenv(fleetEnv); spec != "" {
		os.Exit(runFleet(spec, os.Stdin, os.Stdout))
	}
	os.Exit(m.Run())
}

// runFleet connects the fleet spec describes, all at once, and says on
// out "arrived SECONDS" once every student's screen shows the first
// slide (SECONDS from the first dial to the last arrival); it then holds
// the connections until in closes and says "left".
func runFleet(spec string, in io.Reader, out io.Writer) int {
	f := strings.Fields(spec)
	if len(f) != 4 {
		fmt.Fprintf(out, "failed: fleet spec %q, want ADDR N CODE FOOTER\n", spec)
		return 2
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		fmt.Fprintf(out, "failed: %v\n", err)
		return 2
	}
	addr, code, footer := f[0], f[2], strings.ReplaceAll(f[3], "_", " ")
	var arrived sync.WaitGroup
	arrived.Add(n)
	clients := make([]*gossh.Client, n)
	errs := make(chan error, n)
	start := time.Now()
	for i := range n {
		go func() {
			c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
				User: "student", Auth: []gossh.AuthMethod{gossh.Password(code)},
				HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: hangGuard,
			})
			if err != nil {
				errs <- err
				arrived.Done()
				return
			}
			clients[i] = c
			sess, err := c.NewSession()
			if err != nil {
				errs <- err
				arrived.Done()
				return
			}
			target := footer
			w := &watcher{scr: newScreen(80, 24), target: atomicString(&target), arrived: &arrived}
			stdout, _ := sess.StdoutPipe()
			stdin, _ := sess.StdinPipe()
			go func() { _, _ = io.Copy(w, stdout) }()
			if err := sess.RequestPty("xterm-256color", 24, 80, nil); err != nil {
				errs <- err
			}
			_ = sess.Shell()
			_, _ = io.WriteString(stdin, "\r") // no name
		}()
	}
	if !waitGroup(&arrived, hangGuard) {
		fmt.Fprintf(out, "failed: not every student arrived within %v\n", hangGuard)
		return 1
	}
	took := time.Since(start)
	select {
	case err := <-errs:
		fmt.Fprintf(out, "failed: %v\n", err)
		return 1
	default:
	}
	fmt.Fprintf(out, "arrived %f\n", took.Seconds())
	_, _ = io.Copy(io.Discard, in)
	for _, c := range clients {
		if c != nil {
			_ = c.Close()
		}
	}
	fmt.Fprintln(out, "left")
	return 0
}

// atomicString is an atomic pointer holding s.
func atomicString(s *string) *atomic.Pointer[string] {
	var p atomic.Pointer[string]
	p.Store(s)
	return &p
}

// room is a presenter running as a Bubble Tea program (its clock ticking,
// drawing to nowhere) with a classroom server, as `faultline lecture
// --serve` runs it.
type room struct {
	srv  *Server
	hub  *classroom.Hub
	deck *lecture.Deck
	prog *tea.Program
}

// newRoom starts the presenter and the server; both end with the test.
func newRoom(tb testing.TB) *room {
	tb.Helper()
	deck := testDeck(tb)
	_, bank := loadCourse(tb)
	srv, hub := startServer(tb, deck, nil)
	p := presenter.New(&common.Context{Styles: theme.New(true)},
		presenter.Options{Deck: deck, Bank: bank, Classroom: &presenter.Classroom{Hub: hub, Connect: srv.Connect()}})
	prog := tea.NewProgram(p, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithWindowSize(100, 30),
		tea.WithoutSignalHandler())
	done := make(chan struct{})
	go func() { _, _ = prog.Run(); close(done) }()
	tb.Cleanup(func() { prog.Quit(); <-done })
	deadline := time.Now().Add(hangGuard)
	for _, ok := hub.Current(); !ok; _, ok = hub.Current() {
		if time.Now().After(deadline) {
			tb.Fatal("the presenter published no first frame")
		}
		time.Sleep(time.Millisecond)
	}
	return &room{srv: srv, hub: hub, deck: deck, prog: prog}
}

// fleet is the child process of n students connected to a room.
type fleet struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	lines *bufio.Scanner
	// joined is how long the students took from the first dial until the
	// last one saw the first slide.
	joined time.Duration
}

// startFleet runs n students in a child process and waits until every
// one of them shows the room's first slide.
func (r *room) startFleet(tb testing.TB, n int) *fleet {
	tb.Helper()
	exe, err := os.Executable()
	if err != nil {
		tb.Fatal(err)
	}
	footer := strings.ReplaceAll(footerPos(r.deck, lecture.Nav{}), " ", "_")
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), fleetEnv+"="+fmt.Sprintf("%s %d %s %s", r.srv.Addr(), n, testCode, footer))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	f := &fleet{cmd: cmd, stdin: stdin, lines: bufio.NewScanner(stdout)}
	tb.Cleanup(func() { f.leave(tb) })
	line := f.line()
	secs, ok := strings.CutPrefix(line, "arrived ")
	if !ok {
		tb.Fatalf("student fleet: %s", line)
	}
	s, err := strconv.ParseFloat(secs, 64)
	if err != nil {
		tb.Fatalf("student fleet: %q: %v", line, err)
	}
	f.joined = time.Duration(s * float64(time.Second))
	if got := r.hub.Students(); got != n {
		tb.Fatalf("%d students on screen but the hub counts %d", n, got)
	}
	return f
}

// line is the fleet's next line of output, or what ended it.
func (f *fleet) line() string {
	if f.lines.Scan() {
		return f.lines.Text()
	}
	if err := f.lines.Err(); err != nil {
		return "failed: " + err.Error()
	}
	return "failed: the fleet exited"
}

// leave disconnects every student of the fleet and waits for it to exit.
func (f *fleet) leave(tb testing.TB) {
	if f.cmd.Process == nil || f.cmd.ProcessState != nil {
		return
	}
	_ = f.stdin.Close()
	if l := f.line(); l != "left" {
		tb.Errorf("student fleet leaving: %s", l)
	}
	_ = f.cmd.Wait()
}

// waitEmpty waits until the server has no sessions and the hub no
// students.
func (r *room) waitEmpty(tb testing.TB) {
	tb.Helper()
	deadline := time.Now().Add(hangGuard)
	for r.srv.Sessions() > 0 || r.hub.Students() > 0 {
		if time.Now().After(deadline) {
			tb.Fatalf("%d sessions and %d students remain after the fleet left", r.srv.Sessions(), r.hub.Students())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// reportLoad adds the machine's one-minute load average to b's figures:
// wall-clock figures on a shared machine mean little without it.
func reportLoad(b *testing.B) {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return
	}
	if f := strings.Fields(string(data)); len(f) > 0 {
		if v, err := strconv.ParseFloat(f[0], 64); err == nil {
			b.ReportMetric(v, "load-avg")
		}
	}
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime(tb testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRoomJoin200 connects 200 students from 127.0.0.1 at once to a
// lecture in progress; one op is a whole room joining, and all-joined-s
// is the time from the first connection until the last student's screen
// shows the slide (the figure: under 3 s).
func BenchmarkRoomJoin200(b *testing.B) {
	var worst, total time.Duration
	for b.Loop() {
		b.StopTimer()
		r := newRoom(b)
		b.StartTimer()
		f := r.startFleet(b, roomStudents)
		b.StopTimer()
		f.leave(b)
		r.waitEmpty(b)
		b.StartTimer()
		worst, total = max(worst, f.joined), total+f.joined
	}
	b.ReportMetric(total.Seconds()/float64(b.N), "all-joined-s")
	b.ReportMetric(worst.Seconds(), "worst-all-joined-s")
	reportLoad(b)
}

// BenchmarkRoomKeyToLastScreen200 is one press of next on a presenter
// followed by 200 students over loopback SSH, until the last student's
// screen shows the new position; the median and the 99th percentile are
// reported (the figures: under 50 ms and 120 ms). Run it with
// -benchtime 200x or more for a meaningful p99.
func BenchmarkRoomKeyToLastScreen200(b *testing.B) {
	c := newClass(b, roomStudents)
	lat := make([]time.Duration, 0, b.N)
	for b.Loop() {
		lat = append(lat, c.next(b))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "worst-ms")
	reportLoad(b)
}

// roomIdle is one op of BenchmarkRoomIdleCPU200.
const roomIdle = time.Second

// BenchmarkRoomIdleCPU200 leaves 200 connected students on a slide that
// does not change while the presenter's clock runs; one op is a second of
// that, and cpu-% is the CPU time the presenter and server process used
// over it, in percent of one core (the figure: under 2 %).
func BenchmarkRoomIdleCPU200(b *testing.B) {
	r := newRoom(b)
	r.startFleet(b, roomStudents)
	time.Sleep(roomIdle) // the joins' last redraws and garbage settle
	// The garbage collected, and its memory given back to the system now
	// rather than by the runtime's scavenger during the measure (after
	// the benchmarks before this one, that was over 1 % of a core).
	debug.FreeOSMemory()
	start, cpu0 := time.Now(), cpuTime(b)
	for b.Loop() {
		time.Sleep(roomIdle)
	}
	cpu, wall := cpuTime(b)-cpu0, time.Since(start)
	b.ReportMetric(100*cpu.Seconds()/wall.Seconds(), "cpu-%")
	reportLoad(b)
}

// memInUse is the heap and the goroutine stacks in use after a collection.
func memInUse() (heap, stacks uint64) {
	runtime.GC()
	runtime.GC() // the first may leave finalised objects for the second
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse, m.StackInuse
}

// BenchmarkRoomMemory200 connects 200 students to a presenter's server
// and measures the heap and stacks each one holds on the server side
// (the figure: under 0.5 MB; stack-KiB/student is the stacks'
// share), then what is still held after they
// have all left (left-KiB and left-goroutines, the whole room's, should
// be near 0).
func BenchmarkRoomMemory200(b *testing.B) {
	var perStudent, stacks, left float64
	leftGoroutines := 0
	for b.Loop() {
		b.StopTimer()
		r := newRoom(b)
		time.Sleep(100 * time.Millisecond) // the presenter's first frames drawn
		heap0, stack0 := memInUse()
		goroutines := runtime.NumGoroutine()
		b.StartTimer()
		f := r.startFleet(b, roomStudents)
		b.StopTimer()
		heap1, stack1 := memInUse()
		f.leave(b)
		r.waitEmpty(b)
		// A session's last commands (a cursor's blink) may outlive it by
		// their timeout; what they hold is returned when they end.
		deadline := time.Now().Add(hangGuard)
		for runtime.NumGoroutine() > goroutines && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		heap2, stack2 := memInUse()
		leftGoroutines += runtime.NumGoroutine() - goroutines
		during := float64(heap1+stack1) - float64(heap0+stack0)
		perStudent += during / roomStudents / 1024
		stacks += (float64(stack1) - float64(stack0)) / roomStudents / 1024
		left += (float64(heap2+stack2) - float64(heap0+stack0)) / 1024
		b.StartTimer()
	}
	b.ReportMetric(perStudent/float64(b.N), "KiB/student")
	b.ReportMetric(stacks/float64(b.N), "stack-KiB/student")
	b.ReportMetric(left/float64(b.N), "left-KiB")
	b.ReportMetric(float64(leftGoroutines)/float64(b.N), "left-goroutines")
	reportLoad(b)
}
