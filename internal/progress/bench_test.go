package progress

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"faultline/quiz"
)

// BenchmarkUpdate measures one locked read-modify-write with fsyncs, on a
// state the size of a student who has read every lesson and answered the
// whole question bank.
func BenchmarkUpdate(b *testing.B) {
	s := Open(filepath.Join(b.TempDir(), FileName))
	if _, err := s.Update(func(st *State) {
		for l := range 13 {
			for sec := range 12 {
				st.MarkRead(fmt.Sprintf("lesson-%02d", l), fmt.Sprintf("section-%02d", sec), sec, 12, t0)
			}
		}
		for q := range 150 {
			st.SetRecord(fmt.Sprintf("q-%03d", q), quiz.Record{Box: q % 5, Due: t0.Add(time.Duration(q) * time.Hour), Seen: q, Correct: q / 2, Last: t0})
		}
	}); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if _, err := s.Update(func(st *State) { st.MarkRead("lesson-00", "section-00", i%12, 12, t0) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad measures reading and decoding the same full state.
func BenchmarkLoad(b *testing.B) {
	s := Open(filepath.Join(b.TempDir(), FileName))
	if _, err := s.Update(func(st *State) {
		for q := range 150 {
			st.SetRecord(fmt.Sprintf("q-%03d", q), quiz.Record{Box: q % 5, Due: t0, Seen: q, Last: t0})
		}
	}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLargestAccepted measures the worst start a progress file
// can cost: a valid file just under MaxFileSize (Update saves nothing
// bigger, and a bigger file is moved aside unread).
func BenchmarkLoadLargestAccepted(b *testing.B) {
	s := Open(filepath.Join(b.TempDir(), FileName))
	fill := func(st *State, n int) {
		for q := range n {
			st.SetRecord(fmt.Sprintf("q-%06d", q), quiz.Record{Box: 1 + q%5, Due: t0, Seen: 1, Last: t0})
		}
	}
	sample := NewState()
	fill(&sample, 1000)
	data, err := json.MarshalIndent(sample, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	n := 1000 * (MaxFileSize - 4<<10) / len(data)
	if _, err := s.Update(func(st *State) { fill(st, n) }); err != nil {
		b.Fatal(err)
	}
	if _, notice, err := s.Load(); err != nil || notice != "" {
		b.Fatalf("the file was not accepted: %v %s", err, notice)
	}
	b.ReportMetric(float64(n), "records")
	for b.Loop() {
		if _, _, err := s.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
