package classroom

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkPublish200 publishes one frame to 200 students, each drained by
// its own reader goroutine as a real session would be.
func BenchmarkPublish200(b *testing.B) {
	h := NewHub(Config{MaxStudents: 200})
	var wg sync.WaitGroup
	for range 200 {
		s, err := h.Join("", "192.0.2.1:1")
		if err != nil {
			b.Fatal(err)
		}
		wg.Go(func() {
			for range s.Frames() {
			}
		})
	}
	f := quizFrame(false)
	f.Widgets = []string{"availability 99.95%", "downtime 4h 22m a year"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f.State.Step = i % 2 // a change each time: an unchanged frame is not sent
		h.Publish(f)
	}
	b.StopTimer()
	for _, s := range h.roster {
		h.Leave(s)
	}
	wg.Wait()
}

// BenchmarkPublish200Stuck publishes to 200 students none of whom reads.
func BenchmarkPublish200Stuck(b *testing.B) {
	h := NewHub(Config{MaxStudents: 200})
	for range 200 {
		if _, err := h.Join("", "192.0.2.1:1"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		h.Publish(frame(i % 2))
	}
}

// BenchmarkPublishUnchanged200 publishes, to 200 students, the frame they
// already have, as the presenter does on every tick of its clock: the cost
// of finding that there is nothing to send.
func BenchmarkPublishUnchanged200(b *testing.B) {
	h := NewHub(Config{MaxStudents: 200})
	for range 200 {
		if _, err := h.Join("", "192.0.2.1:1"); err != nil {
			b.Fatal(err)
		}
	}
	f := quizFrame(false)
	f.Widgets = []string{"availability 99.95%", "downtime 4h 22m a year"}
	h.Publish(f)
	b.ReportAllocs()
	for b.Loop() {
		f.State.Elapsed += time.Second
		h.Publish(f)
	}
}

// BenchmarkJoinLeave measures a student joining and leaving a hub of 199
// others.
func BenchmarkJoinLeave(b *testing.B) {
	h := NewHub(Config{MaxStudents: 200})
	for range 199 {
		h.Join("", "192.0.2.1:1")
	}
	h.Publish(frame(1))
	b.ReportAllocs()
	for b.Loop() {
		s, err := h.Join("ana", "192.0.2.1:1")
		if err != nil {
			b.Fatal(err)
		}
		h.Leave(s)
	}
}

// TestMemoryPerStudent measures the heap a joined student holds (its
// Student, channel slot, name and roster entry) with 200 joins into a hub
// that has a current frame, and the allocations of one join.
func TestMemoryPerStudent(t *testing.T) {
	const n = 200
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("student %d", i)
	}
	h := NewHub(Config{MaxStudents: n + 1})
	h.Publish(quizFrame(false))
	students := make([]*Student, 0, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, name := range names {
		s, err := h.Join(name, "192.0.2.1:1")
		if err != nil {
			t.Fatal(err)
		}
		students = append(students, s)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := (after.HeapAlloc - before.HeapAlloc) / n
	allocs := testing.AllocsPerRun(50, func() {
		s, _ := h.Join("ana", "192.0.2.1:1")
		h.Leave(s)
	})
	t.Logf("heap per joined student: %d bytes (%d students); allocations per join and leave: %.0f", per, len(students), allocs)
	if per > 4096 {
		t.Fatalf("a student holds %d bytes, want at most 4 KiB", per)
	}
	runtime.KeepAlive(students)
}
