"""Words the app recognises in the owner's own files, per language (en, sv, da, nl, ru).

Plain data, no logic beyond normalising a header: ``headers`` maps column names to fields,
``survey``/``keywords`` (another stream) hold survey and comment-theme vocabulary.
"""
