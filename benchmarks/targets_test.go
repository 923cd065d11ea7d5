// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// reference is what the reference implementation takes for one unit of
// each workload (issue 15: medians, measured side by side with ours on
// this machine class, per interface or per connection), in
// nanoseconds. The target is ten times faster: each benchmark reports
// the ratio, reference / ours, as x-ref (from the wall-clock time) and
// cpu-x-ref (from the process's CPU time, which a loaded machine
// stretches less).
var reference = map[string]float64{
	"PolicyReady":            12400,
	"PolicyReadyParsed":      12400,
	"RepositorySetup":        2270,
	"DaemonProfile":          4190,
	"AllImplicitConnections": 8000,
	"AutoConnectDecision":    451,
	"WholeSystem200":         92e6 / 200, // per snap: 92 to 97 ms for 200
	"IncrementalConnect":     970e3,
}

// perUnit reports the time and allocations of one unit of work (an
// interface, a connection; an operation for the workloads that have no
// smaller unit) besides those of one operation, so that the
// catalogue's size does not distort comparisons: ns/UNIT, cpu-ns/UNIT
// (user and system CPU time of the process, every thread), allocs/UNIT,
// faults/UNIT (minor page faults: memory the runtime gave back to the
// kernel and takes again), and with a reference figure x-ref and
// cpu-x-ref.
type perUnit struct {
	b       *testing.B
	n       int
	unit    string
	ref     float64
	mallocs uint64
	cpu     time.Duration
	started time.Duration
	faults  int64
}

// startPerUnit resets the timer; n units of work make one operation.
// The reference figure is looked up by the benchmark's name.
func startPerUnit(b *testing.B, n int, unit string) *perUnit {
	p := &perUnit{b: b, n: n, unit: unit, ref: reference[benchName(b)]}
	b.ReportAllocs()
	b.ResetTimer()
	p.resume()
	return p
}

// pause stops the timer, the CPU clock and the count of allocations,
// as b.StopTimer.
func (p *perUnit) pause() {
	p.b.StopTimer()
	p.cpu += cpuTime() - p.started
	p.mallocs += mallocs()
	p.faults += minorFaults()
}

// resume starts them again, as b.StartTimer.
func (p *perUnit) resume() {
	p.mallocs -= mallocs()
	p.faults -= minorFaults()
	p.started = cpuTime()
	p.b.StartTimer()
}

// mallocs returns how many heap objects the process allocated so far.
func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// perUnit returns the wall-clock and CPU time of a unit, once stopped.
func (p *perUnit) perUnit() [2]float64 {
	ops := float64(p.b.N) * float64(p.n)
	return [2]float64{float64(p.b.Elapsed().Nanoseconds()) / ops, float64(p.cpu.Nanoseconds()) / ops}
}

// minorFaults returns the minor page faults of the process so far.
func minorFaults() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Minflt
}

// stop stops the timer and reports the figures per unit.
func (p *perUnit) stop() {
	p.pause()
	ops := float64(p.b.N) * float64(p.n)
	t := p.perUnit()
	ns, cpu := t[0], t[1]
	p.b.ReportMetric(ns, "ns/"+p.unit)
	p.b.ReportMetric(cpu, "cpu-ns/"+p.unit)
	p.b.ReportMetric(float64(p.mallocs)/ops, "allocs/"+p.unit)
	p.b.ReportMetric(float64(p.faults)/ops, "faults/"+p.unit)
	if p.ref > 0 && ns > 0 && cpu > 0 {
		p.b.ReportMetric(p.ref/ns, "x-ref")
		p.b.ReportMetric(p.ref/cpu, "cpu-x-ref")
	}
}

// benchName returns the name of a benchmark without "Benchmark", its
// sub-benchmark and its -GOMAXPROCS suffix.
func benchName(b *testing.B) string {
	name := b.Name()
	for i := 0; i < len(name); i++ {
		if name[i] == '/' || name[i] == '-' {
			name = name[:i]
			break
		}
	}
	return name[len("Benchmark"):]
}
