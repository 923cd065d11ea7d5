// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type hugepagesControlSuite struct{ systemSuite }

var _ = check.Suite(&hugepagesControlSuite{systemSuite{systemCase{
	name:    "hugepages-control",
	summary: "allows sizing the huge page pools and tuning transparent huge pages",
	appArmor: []string{
		"/sys/kernel/mm/hugepages/hugepages-*/* rw,",
		"@{PROC}/sys/vm/{nr_hugepages,nr_hugepages_mempolicy,nr_overcommit_hugepages} rw,",
		"/sys/devices/system/node/node[0-9]*/hugepages/hugepages-*/* rw,",
		"/sys/kernel/mm/transparent_hugepage/{defrag,enabled,shmem_enabled} w,",
	},
	mustNotGrant: []string{
		anyCapability,
		`/dev/hugepages.*`,
		`(mount|umount)( .*)?,`,
	},
	reaches: []access{
		{"/sys/kernel/mm/hugepages/hugepages-2048kB/nr_hugepages", "rw"},
		{"/sys/devices/system/node/node1/hugepages/hugepages-1048576kB/nr_hugepages", "rw"},
		{"/sys/kernel/mm/transparent_hugepage/enabled", "w"},
		{"/sys/kernel/mm/transparent_hugepage/khugepaged/pages_to_scan", "w"},
	},
	mustNotReach: []access{
		{"/sys/kernel/mm/ksm/run", "w"},
		{"/sys/devices/system/node/node1/meminfo", "w"},
		{"/dev/hugepages/rtemap_0", "r"},
	},
}}})
