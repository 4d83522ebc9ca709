package scenario

import (
	"slices"
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
