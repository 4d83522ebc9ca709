package calc

import (
	"errors"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"1d", 24 * time.Hour},
		{"52m34s", 52*time.Minute + 34*time.Second},
		{"4.32m", 259200 * time.Millisecond},
		{"1d2h", 26 * time.Hour},
		{"8h 45m 36s", 8*time.Hour + 45*time.Minute + 36*time.Second},
		{"259ms", 259 * time.Millisecond},
		{"1w", 7 * 24 * time.Hour},
		{"30 s", 30 * time.Second},
		{"0s", 0},
		{"1.5h", 90 * time.Minute},
		{"10us", 10 * time.Microsecond},
		{"2 min", 2 * time.Minute},
		{"52 minutes", 52 * time.Minute},
		{"52 Minutes", 52 * time.Minute},
		{"1 hour 30 mins", 90 * time.Minute},
		{"2 hrs", 2 * time.Hour},
		{"3 days", 72 * time.Hour},
		{"1 week", 7 * 24 * time.Hour},
		{"45 seconds", 45 * time.Second},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDurationRejects(t *testing.T) {
	for _, in := range []string{"", "5", "-1h", "1x", "h", "1.2.3s", "101y", "99999999d", "1d-2h", "NaN", "1e3s"} {
		_, err := ParseDuration(in)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Value != in {
			t.Errorf("ParseDuration(%q) error = %v, want an InputError naming it", in, err)
		}
	}
}

func TestParseDurationReasons(t *testing.T) {
	for in, want := range map[string]string{
		"-1h":   "it is negative",
		"-5m3s": "it is negative",
		"-":     `expected a number at "-"`,
		"-abc":  `expected a number at "-abc"`,
		"--1h":  `expected a number at "--1h"`,
		"1h30":  "the number 30 has no unit",
	} {
		_, err := ParseDuration(in)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Reason != want {
			t.Errorf("ParseDuration(%q) = %v, want the reason %q", in, err, want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{0, "0 s"},
		{36*24*time.Hour + 12*time.Hour, "36d 12h"},
		{8*time.Hour + 45*time.Minute + 36*time.Second, "8h 45m 36s"},
		{259200 * time.Millisecond, "4m 19s"},
		{259 * time.Millisecond, "259 ms"},
		{25920 * time.Millisecond, "25.9 s"},
		{3153600 * time.Microsecond, "3.15 s"},
		{864 * time.Microsecond, "864 µs"},
		{7*time.Hour + 12*time.Minute, "7h 12m"},
		{time.Hour + 50*time.Second, "1h 0m 50s"},
		{59*time.Minute + 59*time.Second + 600*time.Millisecond, "1h"},
		{-2 * time.Minute, "-2m"},
		{52*time.Minute + 33*time.Second + 600*time.Millisecond, "52m 34s"},
	}
	for _, tt := range tests {
		if got := FormatDuration(tt.in); got != tt.want {
			t.Errorf("FormatDuration(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	for _, d := range []time.Duration{time.Hour, 90 * time.Minute, 36*24*time.Hour + 12*time.Hour, 259 * time.Millisecond} {
		back, err := ParseDuration(FormatDuration(d))
		if err != nil || back != d {
			t.Errorf("ParseDuration(FormatDuration(%v)) = %v, %v", d, back, err)
		}
	}
}

// TestFormatDurationExactNeverRounds: the exact form of a duration parses
// back to the very same duration, where FormatDuration rounds.
func TestFormatDurationExactNeverRounds(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{52*time.Minute + 33600*time.Millisecond, "52m 33.6s"},
		{24*time.Hour + 500*time.Millisecond, "1d 0.5s"},
		{2 * time.Hour, "2h"},
		{864250 * time.Nanosecond, "864.25 µs"},
		{25910 * time.Millisecond, "25.91 s"},
		{7, "7 ns"},
		{0, "0 s"},
	}
	for _, tt := range tests {
		got := FormatDurationExact(tt.d)
		if got != tt.want {
			t.Errorf("FormatDurationExact(%v) = %q, want %q", tt.d, got, tt.want)
		}
		if back, err := ParseDuration(got); err != nil || back != tt.d {
			t.Errorf("%q parses as %v, %v; want %v", got, back, err, tt.d)
		}
	}
}

// TestDowntimeTextKeepsSmallFigures: a downtime under a nanosecond is not
// rounded to a whole one, and still reads back as a duration.
func TestDowntimeTextKeepsSmallFigures(t *testing.T) {
	tests := []struct {
		a      string
		window time.Duration
		want   string
	}{
		{"99.95", time.Microsecond, "0.5 ns"},
		{"99.9999", time.Microsecond, "0.001 ns"},
		{"99.9", time.Microsecond, "1 ns"},
		{"99.9", 24 * time.Hour, "1m 26s"},
		{"100", time.Microsecond, "0 s"},
	}
	for _, tt := range tests {
		a, err := ParseAvailability(tt.a)
		if err != nil {
			t.Fatal(err)
		}
		got := a.DowntimeText(tt.window)
		if got != tt.want {
			t.Errorf("%s %% of %v: DowntimeText = %q, want %q", tt.a, tt.window, got, tt.want)
		}
		if _, err := ParseDuration(got); err != nil {
			t.Errorf("%q does not parse back: %v", got, err)
		}
	}
}
