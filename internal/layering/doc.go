// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package layering holds no code: its test keeps the dependencies of the
// project's packages pointing one way (see STYLE.md): snap <- interfaces
// <- backends <- builtin <- policy <- cmd.
package layering
