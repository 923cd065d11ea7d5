// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type nvidiaVideoDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&nvidiaVideoDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "nvidia-video-driver-libs",
	summary:    "allows providing NVIDIA video decoding and encoding libraries to the system and to snaps",
	slot:       attrs{"compatibility": "nvidia-video-12-2-ubuntu-2404", "library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"}},
	goodCompat: []string{"nvidia-0-video-12-2-ubuntu-2404", "nvidia-video-(12..13)-2-ubuntu-2404"},
	badCompat: map[string]string{
		"nvidia-1-video-12-2-ubuntu-2404": `"compatibility" label .* gives "nvidia" a value outside 0\.\.0`,
		"nvidia-video-12-ubuntu-2404":     `"compatibility" label .* gives "video" 1 values, not 2`,
		"nvidia-video-12-2-ubuntu-2204":   `"compatibility" label .* gives "ubuntu" a value outside 2404\.\.99999999`,
	},
}}})
