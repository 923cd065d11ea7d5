// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"
)

type gbmDriverLibsSuite struct {
	driverLibsSuite
}

var _ = check.Suite(&gbmDriverLibsSuite{driverLibsSuite{driverLibsCase{
	name:       "gbm-driver-libs",
	summary:    "allows providing GBM driver libraries to the system",
	systemOnly: true,
	slot: attrs{
		"compatibility":  "gbmbackend-2-arch64-ubuntu-2404",
		"library-source": []interface{}{"$SNAP/usr/lib/x86_64-linux-gnu"},
		"client-driver":  "nvidia-drm_gbm.so",
	},
	goodCompat: []string{"gbmbackend-2-arch32-ubuntu-2404", "gbmbackend-2-arch64-0-ubuntu-2404"},
	badCompat: map[string]string{
		"gbmbackend-2-arch64-1-ubuntu-2404": `"compatibility" label .* gives "arch64" a value outside 0\.\.0`,
		"gbmbackend-2-x86-ubuntu-2404":      `"compatibility" label .* has "x86" where arch32 or arch64 must be`,
	},
	rows: []attrCase{
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}}, `"client-driver" is required: the file name of the GBM backend library`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": int64(1)}, `"client-driver" must be a string`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": ""}, `"client-driver" "" must be a file name of .*`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": "../x.so"}, `"client-driver" "\.\./x\.so" must be a file name of .*`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": "lib/x.so"}, `"client-driver" "lib/x\.so" must be a file name of .*`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": ".hidden.so"}, `"client-driver" "\.hidden\.so" must be a file name of .*`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": "x.so,\n/** rw"}, `"client-driver" .* must be a file name of .*`},
		{attrs{"compatibility": "gbmbackend-2-arch64-ubuntu-2404", "library-source": []interface{}{"$SNAP/lib"}, "client-driver": strings.Repeat("a", 256)}, `"client-driver" is 256 bytes long, more than the 255 allowed`},
	},
}}})
