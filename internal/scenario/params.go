package scenario

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// UnitSeconds marks a duration parameter. Its value is in seconds and a
// setting may be written 2s, 500ms, 1m30s or a plain number of seconds.
const UnitSeconds = "s"

// Param describes one adjustable parameter of a scenario.
type Param struct {
	Key     string   // the name used in key=value settings
	Help    string   // one line: what it changes
	Unit    string   // UnitSeconds, "req/s", "fraction", "×" or "" for a plain count
	Default float64  // value when not set (an index into Choices for a choice)
	Min     float64  // smallest accepted value
	Max     float64  // largest accepted value
	Integer bool     // only whole numbers are accepted
	Choices []string // when set, the accepted words; the value is the index of the word
}

// Values holds a value for every parameter of a scenario, by key. A choice is
// stored as the index of its word.
type Values map[string]float64

// Problem says what is wrong with a setting.
type Problem int

// The problems a setting can have.
const (
	Malformed  Problem = iota // not written as key=value
	UnknownKey                // the scenario has no such parameter
	BadValue                  // the value cannot be read
	OutOfRange                // the value is outside the parameter's range
	Duplicate                 // the same key was given twice
)

// SettingError reports a setting a scenario does not accept, naming the
// setting and what would be accepted instead.
type SettingError struct {
	Scenario string
	Key      string
	Value    string
	Problem  Problem
	Accepted string // what would be accepted, e.g. "from 0.1s to 10s"
}

// Error implements error.
func (e *SettingError) Error() string {
	var what string
	switch e.Problem {
	case Malformed:
		return fmt.Sprintf("setting %q is not key=value (accepted: %s)", e.Value, e.Accepted)
	case UnknownKey:
		what = fmt.Sprintf("unknown parameter %q", e.Key)
	case Duplicate:
		what = fmt.Sprintf("parameter %q is set twice", e.Key)
	case OutOfRange:
		what = fmt.Sprintf("%s=%s is out of range", e.Key, e.Value)
	default:
		what = fmt.Sprintf("%s=%q is not a valid value", e.Key, e.Value)
	}
	return fmt.Sprintf("scenario %s: %s (accepted: %s)", e.Scenario, what, e.Accepted)
}

// ParseSetting splits one key=value setting, as given to --set.
func ParseSetting(s string) (key, value string, err error) {
	key, value, ok := strings.Cut(s, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	if !ok || key == "" || value == "" {
		return "", "", &SettingError{Value: s, Problem: Malformed, Accepted: "key=value, e.g. heartbeat_timeout=2s"}
	}
	return key, value, nil
}

// ParseSettings reads a list of key=value settings into a map for
// [Spec.Apply]; a key given twice is an error.
func ParseSettings(scenario string, args []string) (map[string]string, error) {
	out := make(map[string]string, len(args))
	for _, a := range args {
		k, v, err := ParseSetting(a)
		if err != nil {
			err.(*SettingError).Scenario = scenario
			return nil, err
		}
		if _, dup := out[k]; dup {
			return nil, &SettingError{Scenario: scenario, Key: k, Value: v, Problem: Duplicate, Accepted: "each parameter once"}
		}
		out[k] = v
	}
	return out, nil
}

// Parse reads a value written for p; the error names what is accepted but not
// the scenario (see [Spec.Apply] for that).
func (p Param) Parse(s string) (float64, error) {
	bad := func(pr Problem) error {
		return &SettingError{Key: p.Key, Value: s, Problem: pr, Accepted: p.Accepted()}
	}
	if len(p.Choices) > 0 {
		i := slices.Index(p.Choices, strings.ToLower(strings.TrimSpace(s)))
		if i < 0 {
			return 0, bad(BadValue)
		}
		return float64(i), nil
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil && p.Unit == UnitSeconds {
		d, derr := time.ParseDuration(strings.TrimSpace(s))
		v, err = d.Seconds(), derr
	}
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, bad(BadValue)
	}
	if p.Integer && v != math.Trunc(v) {
		return 0, bad(BadValue)
	}
	if v < p.Min || v > p.Max {
		return 0, bad(OutOfRange)
	}
	return v, nil
}

// Accepted describes the values p accepts, for messages and listings.
func (p Param) Accepted() string {
	switch {
	case len(p.Choices) > 0:
		return "one of " + strings.Join(p.Choices, ", ")
	case p.Unit == UnitSeconds:
		return fmt.Sprintf("a duration from %s to %s, e.g. 2s, 500ms or 1.5 (seconds)", p.Format(p.Min), p.Format(p.Max))
	case p.Integer:
		return fmt.Sprintf("a whole number from %s to %s", p.Format(p.Min), p.Format(p.Max))
	default:
		return fmt.Sprintf("a number from %s to %s", p.Format(p.Min), p.Format(p.Max))
	}
}

// Format writes a value of p the way a user would set it: 2s, sync, 0.25, 3.
func (p Param) Format(v float64) string {
	if len(p.Choices) > 0 {
		return p.Choices[p.choice(v)]
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if p.Unit == UnitSeconds {
		return s + "s"
	}
	if p.Unit != "" && p.Unit != "fraction" {
		return s + " " + p.Unit
	}
	return s
}

// Value is v as it appears in a Result's params: the word for a choice, an
// int for a whole number, seconds for a duration.
func (p Param) Value(v float64) any {
	switch {
	case len(p.Choices) > 0:
		return p.Choices[p.choice(v)]
	case p.Integer:
		return int(v)
	default:
		return v
	}
}

// clamp brings v into p's range (and onto a whole number or a valid choice).
func (p Param) clamp(v float64) float64 {
	if math.IsNaN(v) {
		return p.Default
	}
	if len(p.Choices) > 0 {
		return float64(p.choice(v))
	}
	v = min(max(v, p.Min), p.Max)
	if p.Integer {
		v = math.Round(v)
	}
	return v
}

func (p Param) choice(v float64) int {
	return min(max(int(v), 0), len(p.Choices)-1)
}
