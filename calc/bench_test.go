package calc

import (
	"strings"
	"testing"
)

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

// manyComponents is n copies of 99.9 %.
func manyComponents(n int) []Block {
	parts := make([]Block, n)
	for i := range parts {
		parts[i] = NewComponent("", MustParseAvailability("99.9"))
	}
	return parts
}

// benchmarkTable computes what `nines` prints for a system: the percentage,
// the nines and the downtime over every period.
func benchmarkTable(b *testing.B, sys Block) {
	for b.Loop() {
		a := sys.Availability()
		_ = a.Percent()
		_, _ = a.Nines()
		_, _ = a.WholeNines()
		for _, p := range StandardPeriods() {
			_ = a.Downtime(p.Length)
			_ = a.DowntimeSeconds(p.Length)
		}
	}
}

func BenchmarkSerial10000(b *testing.B)   { benchmarkTable(b, NewSerial(manyComponents(10000)...)) }
func BenchmarkParallel10000(b *testing.B) { benchmarkTable(b, NewParallel(manyComponents(10000)...)) }

func BenchmarkNestedKofNRefused(b *testing.B) {
	in := "1of10(1of100(99." + strings.Repeat("9", 200) + "))"
	for b.Loop() {
		_, _ = ParseExpr(in)
	}
}

func BenchmarkLargestAcceptedKofN(b *testing.B) {
	sys, err := ParseExpr("1of10(2of100(99.999))")
	if err != nil {
		b.Fatal(err)
	}
	benchmarkTable(b, sys)
}
