// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package compiler

import (
	"fmt"

	libseccomp "github.com/seccomp/libseccomp-golang"
)

// Revision is the revision of what Compile makes of a policy: bumped by
// every change to this package that changes the programs some text
// compiles to, so that filters compiled before are compiled again.
const Revision = 1

// ID names the compiler, for a filter kept on disk to say what made it:
// "libseccomp-MAJOR.MINOR.MICRO/ARCH/REVISION". A filter made by
// another library, for another architecture or by another Revision is
// compiled again rather than trusted.
func ID() (string, error) {
	native, err := libseccomp.GetNativeArch()
	if err != nil {
		return "", fmt.Errorf("cannot name the seccomp compiler: %w", err)
	}
	major, minor, micro := libseccomp.GetLibraryVersion()
	return fmt.Sprintf("libseccomp-%d.%d.%d/%s/%d", major, minor, micro, native, Revision), nil
}
