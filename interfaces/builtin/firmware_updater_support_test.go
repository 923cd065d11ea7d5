// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type firmwareUpdaterSupportSuite struct{ referenceSuite }

var _ = check.Suite(&firmwareUpdaterSupportSuite{referenceSuite{referenceCase{
	name:    "firmware-updater-support",
	summary: "allows operating as the Firmware Updater",
	// It adds no policy on either side.
}}})
