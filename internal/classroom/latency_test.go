package classroom

import (
	"slices"
	"testing"
	"time"
)

// TestFanOutLatency200 has 200 students, each read by its own goroutine,
// follow 50 slide changes, and reports the time from Publish to the last
// student holding the frame: the hub's share of what a student waits for.
func TestFanOutLatency200(t *testing.T) {
	const students, changes = 200, 50
	h := NewHub(Config{MaxStudents: students})
	type receipt struct {
		seq uint64
		at  time.Time
	}
	got := make(chan receipt, students)
	for range students {
		s := join(t, h, "")
		go func() {
			for f := range s.Frames() {
				got <- receipt{f.Seq, time.Now()}
			}
		}()
	}
	lat := make([]time.Duration, 0, changes)
	for i := range changes {
		start := time.Now()
		h.Publish(frame(i))
		var last time.Time
		for range students {
			r := <-got
			if r.seq != uint64(i+1) {
				t.Fatalf("change %d: a student got seq %d", i, r.seq)
			}
			if r.at.After(last) {
				last = r.at
			}
		}
		lat = append(lat, last.Sub(start))
	}
	for _, s := range h.roster {
		h.Leave(s)
	}
	slices.Sort(lat)
	t.Logf("publish to the last of %d students over %d changes: median %v, worst %v", students, changes, lat[len(lat)/2], lat[len(lat)-1])
	if worst := lat[len(lat)-1]; worst > 2*time.Second {
		t.Fatalf("worst fan-out %v", worst)
	}
}
