window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1760000000000000901",
      "createdAt" : "2026-03-02T09:00:00.000Z",
      "updatedAt" : "2026-03-02T09:00:00.000Z",
      "core" : {
        "text" : "Writing in public is a skill you can practise. Start small, start honest. Then keep going every week, because consistency beats brilliance, and the people who read you will notice that you show up.",
        "urls" : [ ],
        "mentions" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]
