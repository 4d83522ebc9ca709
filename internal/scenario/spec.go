package scenario

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Spec describes one scenario: its name, what it shows, its parameters and how
// long a run lasts.
type Spec struct {
	Name     string        // as given to `faultline scenario NAME`
	Title    string        // a short heading
	Summary  string        // one line for the scenario list
	Params   []Param       // the adjustable parameters, in display order
	Duration time.Duration // simulated length of a run
	// TimeNote states how the scenario's times compare with real systems,
	// where its defaults are compressed to fit a run of a minute or two.
	TimeNote string

	challenges []Challenge
	build      func(s *Sim, v Values) model
	// check, when set, enforces rules between parameters after each value
	// has passed its own range check.
	check func(name string, v Values) error
}

// catalogue names every scenario, in the order they are taught, beside the
// function that builds it, so that naming or finding one scenario does not
// build them all (every command's help names them).
var catalogue = []struct {
	name string
	spec func() Spec
}{
	{"cold-standby", func() Spec { return standbySpec(cold) }},
	{"warm-standby", func() Spec { return standbySpec(warm) }},
	{"hot-standby", func() Spec { return standbySpec(hot) }},
	{"split-brain", splitBrainSpec},
	{"active-active", activeActiveSpec},
	{"correlated-failure", correlatedSpec},
	{"circuit-breaker", circuitBreakerSpec},
	{"retry-storm", retryStormSpec},
}

// specAt makes the catalogue's i-th scenario with its challenges.
func specAt(i int) Spec {
	s := catalogue[i].spec()
	s.challenges = challengesFor(s.Name)
	return s
}

// Scenarios lists every scenario in the order they are taught.
func Scenarios() []Spec {
	specs := make([]Spec, len(catalogue))
	for i := range catalogue {
		specs[i] = specAt(i)
	}
	return specs
}

// Lookup finds a scenario by name.
func Lookup(name string) (Spec, bool) {
	for i, e := range catalogue {
		if e.name == name {
			return specAt(i), true
		}
	}
	return Spec{}, false
}

// Names lists the scenario names, for help and for messages about an
// unknown name.
func Names() []string {
	names := make([]string, len(catalogue))
	for i, e := range catalogue {
		names[i] = e.name
	}
	return names
}

// Param finds one of the scenario's parameters by key.
func (s Spec) Param(key string) (Param, bool) {
	i := slices.IndexFunc(s.Params, func(p Param) bool { return p.Key == key })
	if i < 0 {
		return Param{}, false
	}
	return s.Params[i], true
}

// Defaults returns every parameter at its default value.
func (s Spec) Defaults() Values {
	v := make(Values, len(s.Params))
	for _, p := range s.Params {
		v[p.Key] = p.Default
	}
	return v
}

// Apply checks key=value settings against the scenario's parameters and
// returns every value, defaults included. The error, a *[SettingError], names
// the first bad setting (in key order), or a value that breaks a rule between
// parameters (a heartbeat timeout not longer than its interval), and what is
// accepted.
func (s Spec) Apply(settings map[string]string) (Values, error) {
	v := s.Defaults()
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, ok := s.Param(k)
		if !ok {
			return nil, &SettingError{Scenario: s.Name, Key: k, Value: settings[k], Problem: UnknownKey,
				Accepted: "one of " + strings.Join(s.keys(), ", ")}
		}
		x, err := p.Parse(settings[k])
		if err != nil {
			err.(*SettingError).Scenario = s.Name
			return nil, err
		}
		v[k] = x
	}
	if s.check != nil {
		if err := s.check(s.Name, v); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Report lists every parameter with its value as a Result shows it.
func (s Spec) Report(v Values) map[string]any {
	v = s.complete(v)
	out := make(map[string]any, len(s.Params))
	for _, p := range s.Params {
		out[p.Key] = p.Value(v[p.Key])
	}
	return out
}

// complete returns a copy of v with missing values set to their defaults and
// every value brought into its parameter's range.
func (s Spec) complete(v Values) Values {
	out := make(Values, len(s.Params))
	for _, p := range s.Params {
		x, ok := v[p.Key]
		if !ok {
			x = p.Default
		}
		out[p.Key] = p.clamp(x)
	}
	return out
}

func (s Spec) keys() []string {
	keys := make([]string, 0, len(s.Params))
	for _, p := range s.Params {
		keys = append(keys, p.Key)
	}
	sort.Strings(keys)
	return keys
}

// Parameters shared by several scenarios.

func rateParam(def float64) Param {
	return Param{Key: "rate", Help: "client requests per second", Unit: "req/s", Default: def, Min: 1, Max: 2000}
}

func crashAtParam(help string, def, maxAt float64) Param {
	return Param{Key: "crash_at", Help: help, Unit: UnitSeconds, Default: def, Min: 0, Max: maxAt}
}

func secondsParam(key, help string, def, lo, hi float64) Param {
	return Param{Key: key, Help: help, Unit: UnitSeconds, Default: def, Min: lo, Max: hi}
}

// ticksOf turns seconds into a whole number of ticks, at least min.
func ticksOf(sec float64, least int) int {
	return max(int(sec*float64(ticksPerSecond)+0.5), least)
}
