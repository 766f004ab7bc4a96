<?php

// The lines of Laravel 8's application skeleton (resources/lang/en/validation.php) that the
// broken order meets.
return [
    'email' => 'The :attribute must be a valid email address.',
    'integer' => 'The :attribute must be an integer.',
    'min' => [
        'numeric' => 'The :attribute must be at least :min.',
        'string' => 'The :attribute must be at least :min characters.',
    ],
    'required' => 'The :attribute field is required.',
    'attributes' => [],
];
