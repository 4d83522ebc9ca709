package classroom

import (
	"testing"
	"time"
)

// BenchmarkFanOut200 has 200 students, each read by its own goroutine,
// follow slide changes; one op is the time from Publish to the last
// student holding the frame: the hub's share of what a student waits for.
// It also reports the slowest change as worst-ns.
func BenchmarkFanOut200(b *testing.B) {
	const students = 200
	h := NewHub(Config{MaxStudents: students})
	type receipt struct {
		seq uint64
		at  time.Time
	}
	got := make(chan receipt, students)
	for range students {
		s, err := h.Join("", "192.0.2.1:1")
		if err != nil {
			b.Fatal(err)
		}
		go func() {
			for f := range s.Frames() {
				got <- receipt{f.Seq, time.Now()}
			}
		}()
	}
	var worst time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		h.Publish(frame(i))
		var last time.Time
		for range students {
			r := <-got
			if r.seq != uint64(i+1) {
				b.Fatalf("change %d: a student got seq %d", i, r.seq)
			}
			if r.at.After(last) {
				last = r.at
			}
		}
		worst = max(worst, last.Sub(start))
	}
	b.ReportMetric(float64(worst.Nanoseconds()), "worst-ns")
	for _, s := range h.roster {
		h.Leave(s)
	}
}
