package calc

import "testing"

func BenchmarkParseAvailability(b *testing.B) {
	for b.Loop() {
		if _, err := ParseAvailability("99.95%"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDowntimeAllPeriods(b *testing.B) {
	a := MustParseAvailability("99.95")
	for b.Loop() {
		for _, p := range StandardPeriods() {
			_ = FormatDuration(a.Downtime(p.Length))
		}
	}
}

func BenchmarkParseAndEvaluateExpr(b *testing.B) {
	for b.Loop() {
		e, err := ParseExpr("lb:99.99 * (web:99.9 | web:99.9 | web:99.9) * 2of3(db:99.95)")
		if err != nil {
			b.Fatal(err)
		}
		_ = e.Availability().Percent()
	}
}
