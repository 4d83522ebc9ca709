package scenario

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Metric names that are not figures of the run but rules of a challenge.
const (
	// MetricParamsChanged counts the parameters set away from the values a
	// challenge starts from (the defaults, with its fixed settings).
	MetricParamsChanged = "parameters_changed"
)

// Challenge is a goal for one scenario stated in numbers: conditions on the
// figures of a run, checked at its end, and rules on how the student may get
// there (how many parameters to change; settings the challenge fixes).
type Challenge struct {
	ID         string      `json:"id"`
	Goal       string      `json:"goal"`
	Conditions []Condition `json:"conditions"`
	// Fixed are settings the challenge makes and the student may not change,
	// as key=value the way --set takes them.
	Fixed map[string]string `json:"fixed,omitempty"`
	// Hint says what to think about, shown when a run fails the challenge.
	Hint string `json:"hint"`

	// solution is a parameter set that meets the challenge, for tests.
	solution map[string]string
}

// Condition is one test on a run: Metric Op Value, such as
// downtime_seconds < 15.
type Condition struct {
	Metric string  `json:"metric"`
	Op     string  `json:"op"` // <, <=, >, >=
	Value  float64 `json:"value"`
	// Why explains, when the condition fails, where the figure comes from.
	Why string `json:"-"`
}

// ConditionResult is a condition with the figure a run reached.
type ConditionResult struct {
	Metric string  `json:"metric"`
	Op     string  `json:"op"`
	Value  float64 `json:"value"`
	Actual float64 `json:"actual"`
	Passed bool    `json:"passed"`
	// Why is the condition's explanation, given only when it failed.
	Why string `json:"why,omitempty"`
}

// ChallengeResult is the verdict on one run: passed when every condition is.
type ChallengeResult struct {
	ID         string            `json:"id"`
	Passed     bool              `json:"passed"`
	Conditions []ConditionResult `json:"conditions"`
}

// String writes a condition as a student reads it: downtime_seconds < 15.
func (c Condition) String() string {
	return fmt.Sprintf("%s %s %s", c.Metric, c.Op, trimNumber(c.Value))
}

func trimNumber(x float64) string { return strings.TrimSuffix(fmt.Sprintf("%g", x), ".0") }

// holds reports whether actual meets the condition.
func (c Condition) holds(actual float64) bool {
	switch c.Op {
	case "<":
		return actual < c.Value
	case "<=":
		return actual <= c.Value
	case ">":
		return actual > c.Value
	case ">=":
		return actual >= c.Value
	}
	return false
}

// Challenges lists the challenges of the scenario, in the order to try them.
func (s Spec) Challenges() []Challenge { return s.challenges }

// Challenge finds one of the scenario's challenges by id.
func (s Spec) Challenge(id string) (Challenge, bool) {
	i := slices.IndexFunc(s.challenges, func(c Challenge) bool { return c.ID == id })
	if i < 0 {
		return Challenge{}, false
	}
	return s.challenges[i], true
}

// ChallengeIDs lists the ids of the scenario's challenges, for messages.
func (s Spec) ChallengeIDs() []string {
	var ids []string
	for _, c := range s.challenges {
		ids = append(ids, c.ID)
	}
	return ids
}

// Start is the values a challenge's runs start from: the defaults with the
// challenge's fixed settings.
func (c Challenge) Start(spec Spec) Values {
	v, err := spec.Apply(c.Fixed)
	if err != nil {
		panic(fmt.Sprintf("challenge %s: fixed settings refused: %v", c.ID, err))
	}
	return v
}

// Apply checks a student's key=value settings for a challenge: they may not
// set a fixed parameter to another value. It returns every value, the fixed
// settings included; the error is a *SettingError as from [Spec.Apply].
func (c Challenge) Apply(spec Spec, settings map[string]string) (Values, error) {
	merged := make(map[string]string, len(settings)+len(c.Fixed))
	for k, v := range settings {
		merged[k] = v
	}
	for k, v := range c.Fixed {
		merged[k] = v
	}
	values, err := spec.Apply(merged)
	if err != nil {
		return nil, err
	}
	start := c.Start(spec)
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, fixed := c.Fixed[k]; !fixed {
			continue
		}
		p, _ := spec.Param(k)
		if x, err := p.Parse(settings[k]); err != nil || x != start[k] {
			return nil, &SettingError{Scenario: spec.Name, Key: k, Value: settings[k], Problem: OutOfRange,
				Accepted: fmt.Sprintf("only %s: challenge %s fixes it", p.Format(start[k]), c.ID)}
		}
	}
	return values, nil
}

// Changed counts the parameters of v that differ from the challenge's start.
func (c Challenge) Changed(spec Spec, v Values) int {
	start, v := c.Start(spec), spec.complete(v)
	n := 0
	for _, p := range spec.Params {
		if v[p.Key] != start[p.Key] {
			n++
		}
	}
	return n
}

// Check judges a finished run with values v against the challenge.
func (c Challenge) Check(spec Spec, v Values, m Metrics) ChallengeResult {
	r := ChallengeResult{ID: c.ID, Passed: true}
	for _, cond := range c.Conditions {
		actual, _ := MetricValue(m, cond.Metric)
		if cond.Metric == MetricParamsChanged {
			actual = float64(c.Changed(spec, v))
		}
		// A moment that never came (recovery, detection) meets no bound.
		met := cond.holds(actual) && actual != NotObserved
		cr := ConditionResult{Metric: cond.Metric, Op: cond.Op, Value: cond.Value, Actual: actual, Passed: met}
		if !cr.Passed {
			cr.Why = cond.Why
			r.Passed = false
		}
		r.Conditions = append(r.Conditions, cr)
	}
	return r
}

// MetricValue is the figure of m named as in its JSON form
// (downtime_seconds, availability…), or PATH_availability for the share
// served of one kind of request (inventory_availability).
func MetricValue(m Metrics, name string) (float64, bool) {
	for _, p := range m.Paths {
		if name == p.Name+"_availability" {
			return p.Availability, true
		}
	}
	v := reflect.ValueOf(m)
	t := v.Type()
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag != name {
			continue
		}
		switch f := v.Field(i); f.Kind() {
		case reflect.Float64:
			return f.Float(), true
		case reflect.Int:
			return float64(f.Int()), true
		}
	}
	return 0, false
}
