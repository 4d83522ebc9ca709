package scenario

import (
	"slices"
	"strings"
	"testing"
)

// The catalogue's names are the ones the scenarios give themselves, and
// Lookup finds each one without building the others.
func TestCatalogueNamesMatchTheScenarios(t *testing.T) {
	var built []string
	for _, s := range Scenarios() {
		built = append(built, s.Name)
	}
	if !slices.Equal(Names(), built) {
		t.Fatalf("Names() = %v, the scenarios call themselves %v", Names(), built)
	}
	for _, name := range Names() {
		s, ok := Lookup(name)
		if !ok || s.Name != name || len(s.Challenges()) == 0 {
			t.Errorf("Lookup(%q) = %q, %v, %d challenges", name, s.Name, ok, len(s.Challenges()))
		}
	}
	if _, ok := Lookup("no-such-scenario"); ok {
		t.Error("Lookup found a scenario that does not exist")
	}
}

// With one replica per rack the rack's power cut takes one node, and the
// event and its narration say so in the singular.
func TestRackFailureOfOneReplicaReadsInTheSingular(t *testing.T) {
	r := run(t, "correlated-failure", map[string]string{"per_rack": "1"})
	var said []string
	for _, e := range r.Events {
		if strings.HasPrefix(e.Node, "rack ") {
			said = append(said, e.Detail, e.Say)
		}
	}
	all := strings.Join(said, "\n")
	if !strings.Contains(all, "1 of 3 replicas fails") || !strings.HasSuffix(said[0], " fails") {
		t.Errorf("the rack's power cut of one replica should read in the singular:\n%s", all)
	}
}
