package scenario

import "testing"

// BenchmarkStep times one tick of the largest scenario: the naive retry storm
// late in its run, with the longest queue.
func BenchmarkStep(b *testing.B) {
	spec := mustSpecB(b, "retry-storm")
	s := New(spec, Values{"policy": policyNaive}, 1)
	for range s.ticks - 50 {
		s.Step()
	}
	b.ResetTimer()
	for b.Loop() {
		if s.Done() {
			b.StopTimer()
			s = New(spec, Values{"policy": policyNaive}, 1)
			for range s.ticks - 50 {
				s.Step()
			}
			b.StartTimer()
		}
		s.Step()
	}
}

// BenchmarkRun times a whole run of each scenario with its defaults.
func BenchmarkRun(b *testing.B) {
	for _, spec := range Scenarios() {
		b.Run(spec.Name, func(b *testing.B) {
			for b.Loop() {
				New(spec, nil, 1).Run()
			}
		})
	}
}

func mustSpecB(b *testing.B, name string) Spec {
	s, ok := Lookup(name)
	if !ok {
		b.Fatalf("no scenario %q", name)
	}
	return s
}
