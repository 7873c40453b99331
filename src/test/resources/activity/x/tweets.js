window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1760000000000000001",
      "created_at" : "Mon Mar 02 09:00:00 +0000 2026",
      "full_text" : "Writing in public is a skill you can practise. Start small, start honest.",
      "in_reply_to_status_id_str" : null,
      "entities" : { "urls" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1760000000000000002",
      "created_at" : "Tue Mar 03 10:30:00 +0000 2026",
      "full_text" : "RT @bob: Something Bob wrote",
      "entities" : { "urls" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1760000000000000003",
      "created_at" : "Wed Mar 04 11:00:00 +0000 2026",
      "full_text" : "@bob I agree, and here is why.",
      "in_reply_to_status_id_str" : "1750000000000000000",
      "entities" : { "urls" : [ ] }
    }
  },
  {
    "tweet" : {
      "id_str" : "1760000000000000004",
      "created_at" : "Thu Mar 05 12:00:00 +0000 2026",
      "full_text" : "This thread says it better than I could https://t.co/abc",
      "entities" : { "urls" : [ { "url" : "https://t.co/abc", "expanded_url" : "https://twitter.com/bob/status/1750000000000000001" } ] }
    }
  }
]
