// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"testing"

	"gopkg.in/check.v1"
)

func Test(t *testing.T) { check.TestingT(t) }
