package scenario

import "testing"

// run plays a scenario with settings and seed 1 and returns its result.
func run(t testing.TB, name string, settings map[string]string) Result {
	t.Helper()
	return runSeed(t, name, settings, 1)
}

func runSeed(t testing.TB, name string, settings map[string]string, seed uint64) Result {
	t.Helper()
	spec, ok := Lookup(name)
	if !ok {
		t.Fatalf("no scenario %q", name)
	}
	v, err := spec.Apply(settings)
	if err != nil {
		t.Fatalf("%s %v: %v", name, settings, err)
	}
	return New(spec, v, seed).Run()
}

func countKind(r Result, kind string) int {
	n := 0
	for _, e := range r.Events {
		if e.Kind == kind {
			n++
		}
	}
	return n
}
