// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type ptpSuite struct{ systemSuite }

var _ = check.Suite(&ptpSuite{systemSuite{systemCase{
	name:     "ptp",
	summary:  "allows access to the PTP hardware clocks",
	appArmor: []string{"/dev/ptp[0-9]* rw,", "@{sys}/devices/**/ptp/ptp[0-9]*/{extts_enable,period} w,"},
	secComp: []string{
		"clock_adjtime &0x80000007=0x80000003",
		"clock_adjtime64 &0x80000007=0x80000003",
		"clock_settime &0x80000007=0x80000003",
		"clock_settime64 &0x80000007=0x80000003",
	},
	// The system clock is time-control's; PTP packets are
	// network-control's.
	mustNotGrant: []string{anyCapability, `(clock_adjtime|clock_settime|adjtimex|settimeofday)(64)?`, `network.*`, `/dev/pps.*`},
	reaches: []access{
		{"/dev/ptp0", "rw"},
		{"/sys/devices/pci0000:00/0000:00:1f.6/ptp/ptp0/clock_name", "r"},
		{"/sys/devices/pci0000:00/0000:00:1f.6/ptp/ptp0/extts_enable", "w"},
		{"/sys/devices/virtual/ptp/ptp1/pins/SDP0", "rw"},
	},
	mustNotReach: []access{
		{"/sys/devices/pci0000:00/0000:00:1f.6/ptp/ptp0/clock_name", "w"},
		{"/sys/devices/pci0000:00/0000:00:1f.6/ptp/ptp0/pps_enable", "w"},
		{"/dev/rtc0", "rw"},
	},
}}})

func (s *ptpSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("ptp"))
	cn.checkAccesses(c, plugTag, []string{
		"file rw /dev/ptp0",
		"file rw /dev/ptp12",
		"file r /sys/class/ptp/",
		"file r /sys/devices/virtual/ptp/ptp2/n_external_timestamps",
		"file w /sys/devices/virtual/ptp/ptp2/period",
	}, []string{
		"file rw /dev/pps0",
		"file rw /dev/rtc0",
		"file w /sys/devices/virtual/ptp/ptp2/max_adjustment",
		"file w /sys/devices/virtual/ptp/ptp2/n_vclocks",
		"capability sys_time",
		"network packet raw",
	})
}

// The x86_64 numbers of the POSIX clock calls, for syscallAction.
const (
	sysClockSettime = 227
	sysClockAdjtime = 305
)

// clockFD is FD_TO_CLOCKID(fd): the clock id of an open PHC node.
func clockFD(fd int32) int32 { return (^fd << 3) | 3 }

// A PHC is steered and stepped through its node's clock id, whether the
// caller passes the int sign-extended or not; the system's clocks and
// the CPU-time clocks of processes stay out of reach.
func (s *ptpSuite) TestSteersOnlyDescriptorClocks(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("ptp"))
	fd := clockFD(3)
	for _, nr := range []uint32{sysClockAdjtime, sysClockSettime} {
		for _, id := range []uint64{uint64(int64(fd)), uint64(uint32(fd))} {
			c.Check(cn.syscallAction(c, plugTag, nr, id, 0), check.Equals, "allow", check.Commentf("syscall %d, clock %#x", nr, id))
		}
		for _, id := range []int32{
			0,                     // CLOCK_REALTIME
			1,                     // CLOCK_MONOTONIC
			3,                     // CLOCK_THREAD_CPUTIME_ID
			11,                    // CLOCK_TAI
			(^int32(42) << 3) | 2, // the scheduler CPU clock of process 42
			(^int32(42) << 3) | 6, // of its thread
		} {
			c.Check(cn.syscallAction(c, plugTag, nr, uint64(int64(id)), 0), check.Equals, "EPERM", check.Commentf("syscall %d, clock %d", nr, id))
		}
		// The app that does not plug ptp steers no clock.
		c.Check(cn.syscallAction(c, otherPlugTag, nr, uint64(int64(fd)), 0), check.Equals, "EPERM")
	}
}
