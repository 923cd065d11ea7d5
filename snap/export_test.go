// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

// TooDeep is tooDeep, for the tests of its soundness.
var TooDeep = tooDeep
