// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package testutil

import (
	"os"

	"gopkg.in/check.v1"
)

// RequireSeccompFilters skips the test where the kernel cannot load
// seccomp filters (CONFIG_SECCOMP_FILTER, which publishes the actions
// it has in /proc/sys/kernel/seccomp/actions_avail), and fails it there
// in CI.
func RequireSeccompFilters(c *check.C) {
	if _, err := os.Stat("/proc/sys/kernel/seccomp/actions_avail"); err != nil {
		const msg = "this kernel cannot load seccomp filters (no /proc/sys/kernel/seccomp/actions_avail)"
		if InCI() {
			c.Fatal(msg)
		}
		c.Skip(msg)
	}
}
