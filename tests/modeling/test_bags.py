"""Breast bags from the curated tables and the image store; augmentation, cap, collate, loader."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from modeling.bags import (
    BreastBagDataset,
    ShardCache,
    build_bags,
    collate_bags,
    load_tables,
    make_loader,
)
from modeling.synthetic import make_synthetic_dataset

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_synthetic_dataset(tmp_path_factory.mktemp("syn"), n_patients=6, images_per_breast=(2, 4), shard_size=7)


@pytest.fixture(scope="module")
def bags(data):
    return build_bags(*load_tables(data.tables_dir))


def test_bags_group_images_by_exam_and_breast(data, bags):
    images, labels, splits = load_tables(data.tables_dir)
    assert len(bags) == len(labels) == 12
    assert sum(b.n_images for b in bags) == len(images)
    b = bags[0]
    rows = images[(images.exam_uid == b.exam_uid) & (images.laterality == b.laterality)]
    assert sorted(rows.image_uid) == list(b.image_uids)
    lab = labels[(labels.exam_uid == b.exam_uid) & (labels.laterality == b.laterality)].iloc[0]
    assert (b.label_benign, b.label_malignant) == (lab.benign, lab.malignant)
    split_of = dict(zip(splits.patient_uid, splits.split))
    assert all(x.split == split_of[x.patient_uid] for x in bags)
    assert [x.split for x in bags] == sorted((x.split for x in bags), key=["train", "val", "test"].index)


def test_missing_label_policy_and_unknown_patients(data):
    images, labels, splits = load_tables(data.tables_dir)
    dropped = labels.iloc[1:]
    neg = build_bags(images, dropped, splits, missing_label="negative")
    assert len(neg) == 12
    first = labels.iloc[0]
    b = next(x for x in neg if (x.exam_uid, x.laterality) == (first.exam_uid, first.laterality))
    assert (b.label_benign, b.label_malignant) == (0, 0)
    assert len(build_bags(images, dropped, splits, missing_label="drop")) == 11
    assert len(build_bags(images, labels, splits.iloc[1:])) == 10  # a patient without split is not in the study
    with pytest.raises(ValueError, match="missing_label"):
        build_bags(images, labels, splits, missing_label="positive")
    with pytest.raises(ValueError, match="store_shard"):
        build_bags(images.drop(columns=["store_shard"]), labels, splits)
    with pytest.raises(ValueError, match="split values"):
        build_bags(images, labels, splits.assign(split="dev"))


def test_items_read_the_store_and_have_three_channels(data, bags):
    ds = BreastBagDataset(bags, data.store_dir, train=False, image_size=32)
    item = ds[0]
    assert item["images"].shape == (bags[0].n_images, 3, 32, 32)
    assert item["images"].dtype == torch.float32
    # grayscale repeated to 3 channels, each normalised with its own mean/std
    assert torch.allclose(item["images"][:, 0] * 0.229 + 0.485, item["images"][:, 1] * 0.224 + 0.456, atol=1e-5)
    raw = np.load(data.store_dir / f"{bags[0].shards[0]}.npy")[bags[0].indices[0]]
    full = BreastBagDataset(bags, data.store_dir, train=False, image_size=256, mean=(0, 0, 0), std=(1, 1, 1))[0]
    assert np.allclose(full["images"][0, 0].numpy() * 255, raw, atol=1e-3)


def test_shard_cache_keeps_one_mmap_per_shard(data, bags):
    cache = ShardCache(data.store_dir)
    a = cache.get(bags[0].shards[0])
    assert isinstance(a, np.memmap) and cache.get(bags[0].shards[0]) is a
    with pytest.raises(FileNotFoundError, match="shard"):
        cache.get("no_such_shard")


def test_augmentation_is_keyed_by_seed_epoch_and_index(data, bags):
    ds = BreastBagDataset(bags, data.store_dir, train=True, image_size=32, seed=5)
    a, b, c = ds[(0, 1)]["images"], ds[(0, 1)]["images"], ds[(0, 2)]["images"]
    assert torch.equal(a, b)
    assert not torch.equal(a, c)
    plain = BreastBagDataset(bags, data.store_dir, train=False, image_size=32)[0]["images"]
    assert not torch.equal(a, plain)


def test_image_cap_random_at_train_even_at_eval(data, bags):
    i = max(range(len(bags)), key=lambda j: bags[j].n_images)
    n = bags[i].n_images
    assert n >= 3
    tr = BreastBagDataset(bags, data.store_dir, train=True, image_size=32, max_images=2)
    assert tr[(i, 0)]["images"].shape[0] == 2
    ev = BreastBagDataset(bags, data.store_dir, train=False, image_size=32, max_images=2)
    assert list(ev.select(bags[i], None)) == [0, n - 1]
    with pytest.raises(ValueError, match="max_images"):
        BreastBagDataset(bags, data.store_dir, max_images=0)
    with pytest.raises(ValueError, match="image_size"):
        BreastBagDataset(bags, data.store_dir, image_size=16)


def test_collate_pads_and_masks():
    items = [
        {"images": torch.ones(2, 3, 8, 8), "labels": torch.tensor([0.0, 1.0]), "index": 4},
        {"images": torch.ones(3, 3, 8, 8), "labels": torch.tensor([1.0, 0.0]), "index": 7},
    ]
    batch = collate_bags(items)
    assert batch.images.shape == (2, 3, 3, 8, 8)
    assert batch.mask.tolist() == [[True, True, False], [True, True, True]]
    assert (batch.images[0, 2] == 0).all()
    assert batch.indices.tolist() == [4, 7] and batch.n_images == 5


def test_loader_results_do_not_depend_on_workers(data, bags):
    ds = BreastBagDataset(bags, data.store_dir, train=True, image_size=32, max_images=3, seed=1)
    batches = []
    for workers in (0, 1):
        loader = make_loader(ds, batch_size=4, shuffle=True, seed=1, num_workers=workers)
        loader.sampler.set_epoch(3)
        batches.append(next(iter(loader)))
    assert torch.equal(batches[0].indices, batches[1].indices)
    assert torch.equal(batches[0].images, batches[1].images)
    assert batches[0].labels.shape == (4, 2)


def test_distributed_sampler_shards_bags(data, bags):
    ds = BreastBagDataset(bags, data.store_dir, train=False, image_size=32)
    seen = []
    for rank in (0, 1):
        loader = make_loader(ds, batch_size=3, shuffle=True, seed=0, num_replicas=2, rank=rank)
        seen += [i for b in loader for i in b.indices.tolist()]
    assert sorted(seen) == list(range(len(bags)))


def test_breasts_in_label_review_are_not_bags(data):
    images, labels, splits = load_tables(data.tables_dir)
    marked = labels.assign(label_state="confident")
    marked.loc[marked.index[:2], "label_state"] = "needs_review"
    kept = build_bags(images, marked, splits)
    assert len(kept) == len(labels) - 2
    assert not {(b.exam_uid, b.laterality) for b in kept} & set(
        zip(marked.exam_uid[:2].astype(str), marked.laterality[:2].astype(str), strict=True))
